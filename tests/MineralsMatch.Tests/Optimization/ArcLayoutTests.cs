using MineralsMatch.Optimization;

namespace MineralsMatch.Tests.Optimization;

/// <summary>
/// The solver keeps the caller's arcs only in its working arrays, spread in place when it solves: reading them back, adding
/// arcs or nodes after a solve, and solving again must behave as if the problem had been built afresh.
/// </summary>
[TestFixture]
public sealed class ArcLayoutTests
{
    private static readonly string[] Setups = [.. SolverSetup.All, SolverSetup.AutomaticSwitched, SolverSetup.BlockRenumbered];

    [Test]
    public void Every_arc_reads_back_as_added_after_a_solve([ValueSource(nameof(Setups))] string setup)
    {
        for (ulong seed = 1; seed <= 40; seed++)
        {
            RandomFlowProblem problem = RandomFlowProblem.Create(seed);
            NetworkSimplex flow = SolverSetup.Create(setup);
            problem.LoadInto(flow);
            flow.Solve();

            var arcs = Enumerable.Range(0, flow.ArcCount).Select(a => (flow.Tail(a), flow.Head(a), flow.Capacity(a), flow.UnitCost(a)));
            Assert.That(arcs, Is.EqualTo(problem.Arcs), $"seed {seed}");
        }
    }

    [Test]
    public void Arcs_and_nodes_added_after_a_solve_solve_as_a_fresh_build([ValueSource(nameof(Setups))] string setup)
    {
        int optimal = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            RandomFlowProblem problem = RandomFlowProblem.Create(seed);
            RandomFlowProblem more = RandomFlowProblem.Create(seed + 1000);
            NetworkSimplex grown = SolverSetup.Create(setup);
            problem.LoadInto(grown);
            grown.Solve();
            AddArcsAndANode(grown, more);
            NetworkSimplex fresh = SolverSetup.Create(setup);
            problem.LoadInto(fresh);
            AddArcsAndANode(fresh, more);

            NetworkSimplexStatus status = grown.Solve();
            Assert.That(status, Is.EqualTo(fresh.Solve()), $"seed {seed}");
            if (status == NetworkSimplexStatus.Optimal)
            {
                optimal++;
                Assert.Multiple(() =>
                {
                    Assert.That(grown.OptimalCost, Is.EqualTo(fresh.OptimalCost), $"seed {seed}");
                    Assert.That(grown.PivotCount, Is.EqualTo(fresh.PivotCount), $"seed {seed}");
                    Assert.That(Flows(grown), Is.EqualTo(Flows(fresh)), $"seed {seed}");
                    Assert.That(FlowCertificate.Check(grown), Is.Null, $"seed {seed}");
                });
            }
        }

        Assert.That(optimal, Is.GreaterThan(10), "instances solved to optimality");
    }

    /// <summary>Adds another problem's arcs (their new nodes get no supply, so the sum stays zero) and one more isolated node.</summary>
    private static void AddArcsAndANode(NetworkSimplex flow, RandomFlowProblem more)
    {
        foreach (var (tail, head, capacity, cost) in more.Arcs)
        {
            flow.AddArc(tail, head, capacity, cost);
        }

        flow.SetSupply(flow.NodeCount + 2, 0);
    }

    private static long[] Flows(NetworkSimplex flow) => [.. Enumerable.Range(0, flow.ArcCount).Select(flow.Flow)];
}
