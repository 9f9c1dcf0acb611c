using MineralsMatch.Optimization;
using NUnit.Framework;

namespace MineralsMatch.Tests.Optimization;

/// <summary>
/// The network simplex renumbers its nodes along the tree on large problems (so a subtree's potentials lie together in
/// memory); the renumbering must be invisible: the same pivots, flows, potentials and work as without it.
/// </summary>
[TestFixture]
public sealed class NodeRenumberingTests
{
    [TestCase(NetworkSimplexPivotRule.BlockSearch)]
    [TestCase(NetworkSimplexPivotRule.CandidateList)]
    public void Renumbering_the_nodes_changes_no_pivot_flow_or_potential(NetworkSimplexPivotRule rule)
    {
        var plain = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = rule, HotListMinNodes = 0, RenumberWork = 0 };
        var renumbering = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = rule, HotListMinNodes = 0, RenumberMinNodes = 0, RenumberWork = 1e-9 };
        int renumbered = 0;
        for (ulong seed = 1; seed <= 300; seed++)
        {
            var problem = RandomFlowProblem.Create(seed);
            plain.Clear();
            renumbering.Clear();
            problem.LoadInto(plain);
            problem.LoadInto(renumbering);
            NetworkSimplexStatus status = plain.Solve();

            Assert.That(renumbering.Solve(), Is.EqualTo(status), $"seed {seed}: status");
            Assert.That(plain.Renumberings, Is.Zero, $"seed {seed}: renumbering switched off");
            renumbered += renumbering.Renumberings > 0 ? 1 : 0;
            Assert.That(renumbering.PivotCount, Is.EqualTo(plain.PivotCount), $"seed {seed}: pivots");
            Assert.That(renumbering.PotentialUpdates, Is.EqualTo(plain.PotentialUpdates), $"seed {seed}: potentials moved");
            if (status == NetworkSimplexStatus.Optimal)
            {
                Assert.That(renumbering.OptimalCost, Is.EqualTo(plain.OptimalCost), $"seed {seed}: cost");
                Assert.That(Flows(renumbering), Is.EqualTo(Flows(plain)), $"seed {seed}: flows");
                Assert.That(Potentials(renumbering), Is.EqualTo(Potentials(plain)), $"seed {seed}: potentials");
            }
        }

        Assert.That(renumbered, Is.GreaterThan(150), "instances on which the nodes were renumbered at least once");
    }

    [Test]
    public void A_solve_cancelled_while_renumbered_leaves_the_next_solve_exact()
    {
        NetworkSimplex reference = LargeTransportProblem.LoadInto(new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex });
        Assert.That(reference.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.That(reference.PivotCount, Is.GreaterThan(2048), "long enough to be cancelled inside the pivot loop");

        NetworkSimplex flow = LargeTransportProblem.LoadInto(new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, RenumberMinNodes = 0, RenumberWork = 1e-9 });
        using var cancellation = new CancellationTokenSource();
        flow.PivotProbe = (_, _) => cancellation.Cancel();

        Assert.That(() => flow.Solve(cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(flow.Renumberings, Is.GreaterThan(0), "renumbered before the cancellation");

        flow.PivotProbe = null;
        Assert.Multiple(() =>
        {
            Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(flow.PivotCount, Is.EqualTo(reference.PivotCount));
            Assert.That(flow.OptimalCost, Is.EqualTo(reference.OptimalCost));
            Assert.That(Flows(flow), Is.EqualTo(Flows(reference)));
            Assert.That(Potentials(flow), Is.EqualTo(Potentials(reference)));
            Assert.That(FlowCertificate.Check(flow), Is.Null);
        });
    }

    [Test]
    public void Small_problems_keep_their_numbering_by_default()
    {
        NetworkSimplex flow = LargeTransportProblem.LoadInto(new NetworkSimplex());
        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.That(flow.Renumberings, Is.Zero, "a problem under 4 096 nodes fits the cache without renumbering");
    }

    private static long[] Flows(NetworkSimplex flow) => [.. Enumerable.Range(0, flow.ArcCount).Select(flow.Flow)];

    private static long[] Potentials(NetworkSimplex flow) => [.. Enumerable.Range(0, flow.NodeCount).Select(flow.Potential)];
}
