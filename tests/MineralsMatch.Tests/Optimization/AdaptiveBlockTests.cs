using MineralsMatch.Optimization;
using NUnit.Framework;

namespace MineralsMatch.Tests.Optimization;

/// <summary>
/// The benchmarks' adaptive block experiment (block search's block set from the potentials moved per pivot): off by default,
/// and when on it changes the pivots but not the optimum.
/// </summary>
[TestFixture]
public sealed class AdaptiveBlockTests
{
    [Test]
    public void The_adaptive_block_is_off_by_default()
    {
        NetworkSimplex plain = LargeTransportProblem.LoadInto(new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex });
        NetworkSimplex off = LargeTransportProblem.LoadInto(new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, AdaptiveBlockFactor = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(plain.AdaptiveBlockFactor, Is.Zero);
            Assert.That(plain.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(off.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(off.PivotCount, Is.EqualTo(plain.PivotCount));
        });
    }

    [TestCase(1.0)]
    [TestCase(4.0)]
    public void An_adaptive_block_changes_the_pivots_not_the_optimum(double factor)
    {
        NetworkSimplex plain = LargeTransportProblem.LoadInto(new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex });
        NetworkSimplex adaptive = LargeTransportProblem.LoadInto(new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, AdaptiveBlockFactor = factor });

        Assert.That(plain.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.That(plain.PivotCount, Is.GreaterThan(2048), "long enough for the block to adapt");
        Assert.Multiple(() =>
        {
            Assert.That(adaptive.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(adaptive.PivotCount, Is.Not.EqualTo(plain.PivotCount), "the block adapted");
            Assert.That(adaptive.OptimalCost, Is.EqualTo(plain.OptimalCost));
            Assert.That(FlowCertificate.Check(adaptive), Is.Null);
        });
    }
}
