using MineralsMatch.Optimization;
using NUnit.Framework;

namespace MineralsMatch.Tests.Optimization;

/// <summary>
/// Adaptive block search, the default pivot rule: LEMON's block search until the block is first set again (1 024 pivots), then
/// a block that follows the potentials moved per pivot. It changes the pivots, never the optimum.
/// </summary>
[TestFixture]
public sealed class AdaptiveBlockTests
{
    private const int MediumProblems = 400;

    [Test]
    public void Before_the_first_adaptation_the_pivots_are_block_searchs()
    {
        for (ulong seed = 1; seed <= 200; seed++)
        {
            var problem = RandomFlowProblem.Create(seed);
            NetworkSimplex block = SolverSetup.Create(SolverSetup.Block);
            NetworkSimplex adaptive = SolverSetup.Create(SolverSetup.Adaptive);
            problem.LoadInto(block);
            problem.LoadInto(adaptive);

            Assert.That(adaptive.Solve(), Is.EqualTo(block.Solve()), $"seed {seed}: status");
            Assert.That(adaptive.PivotCount, Is.EqualTo(block.PivotCount), $"seed {seed}: pivots (fewer than 1 024, so the block never changed)");
            if (block.Status == NetworkSimplexStatus.Optimal)
            {
                Assert.That(adaptive.OptimalCost, Is.EqualTo(block.OptimalCost), $"seed {seed}: cost");
            }
        }
    }

    [TestCase(SolverSetup.Adaptive)]
    [TestCase(SolverSetup.AdaptiveEveryPivot)]
    public void On_a_long_solve_the_block_adapts_and_the_optimum_stays(string setup)
    {
        NetworkSimplex block = LargeTransportProblem.LoadSparseInto(SolverSetup.Create(SolverSetup.Block));
        NetworkSimplex adaptive = LargeTransportProblem.LoadSparseInto(SolverSetup.Create(setup));

        Assert.That(block.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.That(block.PivotCount, Is.GreaterThan(2048), "long enough for the block to adapt");
        Assert.Multiple(() =>
        {
            Assert.That(adaptive.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(adaptive.SmallestBlockSize, Is.LessThan(block.BlockSize), "the block shrank below √m on this shallow tree");
            Assert.That(block.SmallestBlockSize, Is.EqualTo(block.BlockSize), "block search keeps √m");
            Assert.That(adaptive.PivotCount, Is.Not.EqualTo(block.PivotCount), "the block adapted");
            Assert.That(adaptive.OptimalCost, Is.EqualTo(block.OptimalCost));
            Assert.That(FlowCertificate.Check(adaptive), Is.Null);
        });
    }

    [Test]
    public void Medium_random_problems_with_the_block_set_at_every_pivot_without_a_floor_match_or_tools()
    {
        NetworkSimplex flow = SolverSetup.Create(SolverSetup.AdaptiveEveryPivot);
        int optimal = 0;
        int adapted = 0;
        for (int i = 1; i <= MediumProblems; i++)
        {
            ulong seed = 20_261_204UL + (ulong)i;
            var problem = RandomFlowProblem.Create(seed, maxNodes: 600, maxArcs: 3_000);
            flow.Clear();
            problem.LoadInto(flow);
            NetworkSimplexStatus status = flow.Solve();
            var (expectedStatus, expectedCost) = problem.SolveWithOrTools();

            Assert.That(status, Is.EqualTo(expectedStatus), $"seed {seed}: status");
            if (status == NetworkSimplexStatus.Optimal)
            {
                optimal++;
                adapted += flow.SmallestBlockSize < flow.BlockSize || flow.BlockSize != Math.Max((int)Math.Sqrt(flow.ArcCount), 10) ? 1 : 0;
                Assert.That(flow.OptimalCost, Is.EqualTo((Int128)expectedCost), $"seed {seed}: optimal cost");
                Assert.That(FlowCertificate.Check(flow), Is.Null, $"seed {seed}: certificate");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(optimal, Is.GreaterThan(MediumProblems / 4), "optimal instances");
            Assert.That(adapted, Is.GreaterThan(optimal / 4), "optimal instances whose block left √m");
        });
    }

    [Test]
    public void The_adaptive_block_solves_again_without_allocating()
    {
        NetworkSimplex flow = LargeTransportProblem.LoadSparseInto(SolverSetup.Create(SolverSetup.AdaptiveEveryPivot));
        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Int128 cost = flow.OptimalCost;

        long before = GC.GetAllocatedBytesForCurrentThread();
        NetworkSimplexStatus again = flow.Solve();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(flow.OptimalCost, Is.EqualTo(cost));
            Assert.That(allocated, Is.Zero, "bytes allocated by the second solve");
        });
    }
}
