using Google.OrTools.Graph;
using MineralsMatch.Optimization;
using MineralsMatch.Testing;
using NUnit.Framework;

namespace MineralsMatch.Tests.Optimization;

/// <summary>
/// Pins the sequence of pivots each pricing rule takes. Every pricing rule reaches the same optimum (the oracle
/// tests check that), so a change in which arc enters, which arcs the candidate list keeps or how the block scan
/// resumes cannot be seen in the answer, only in the work done: these fingerprints (the pivot count of each of
/// 1 000 seeded problems, folded into one number) are what the published benchmark tables rest on. A deliberate
/// change to a pricing rule changes them; re-measure docs/performance.md, then update the numbers here.
/// </summary>
[TestFixture]
public sealed class PivotRuleFingerprintTests
{
    private const int Problems = 1_000;

    [TestCase(SolverSetup.Block, 35_914L, -7_331_785_842_039_539_861L)]
    [TestCase(SolverSetup.List, 35_743L, -7_850_684_754_688_729_524L)]
    [TestCase(SolverSetup.ListForced, 37_040L, 680_451_076_158_658_977L)]
    public void Each_pricing_rule_takes_the_pivots_it_took_when_it_was_measured(string setup, long expectedPivots, long expectedFingerprint)
    {
        NetworkSimplex flow = SolverSetup.Create(setup);
        long pivots = 0;
        long fingerprint = 17;
        for (int i = 1; i <= Problems; i++)
        {
            var problem = RandomFlowProblem.Create((ulong)i);
            flow.Clear();
            problem.LoadInto(flow);
            flow.Solve();
            pivots += flow.PivotCount;
            fingerprint = unchecked((fingerprint * 1_000_003) + flow.PivotCount);
        }

        Assert.Multiple(() =>
        {
            Assert.That(pivots, Is.EqualTo(expectedPivots), "pivots over all problems");
            Assert.That(fingerprint, Is.EqualTo(expectedFingerprint), "fingerprint of the pivot counts in seed order");
        });
    }

    // A dense transport problem, 150 sources × 1 000 sinks, large enough that the candidate list keeps more
    // than one arc (its block is 130 arcs, the hot list 4) and block search's scan wraps around many times. Dense enough
    // (8 m / n > √m) that the adaptive block's floor holds it at block search's √m: the same pivots.
    [TestCase(SolverSetup.Block, 6_521L)]
    [TestCase(SolverSetup.Adaptive, 6_521L)]
    [TestCase(SolverSetup.ListForced, 16_245L)]
    public void Each_pricing_rule_takes_the_pivots_it_took_on_a_large_transport_problem(string setup, long expectedPivots)
    {
        NetworkSimplex flow = SolverSetup.Create(setup);
        LoadTransport(flow, sources: 150, sinks: 1_000, seed: 20261203);
        long expectedCost = SolveWithOrTools(flow);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.PivotCount, Is.EqualTo(expectedPivots), "pivots");
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)expectedCost), "optimal cost, against OR-Tools");
            Assert.That(FlowCertificate.Check(flow), Is.Null, "certificate");
        });
    }

    // A sparse transport problem (LargeTransportProblem.LoadSparseInto: 11 000 arcs, 2 000 nodes) on which the adaptive
    // block ranges between its floor (44 arcs) and √m (104).
    [TestCase(SolverSetup.Block, 12_138L)]
    [TestCase(SolverSetup.Adaptive, 11_861L)]
    public void Each_block_rule_takes_the_pivots_it_took_on_a_sparse_transport_problem(string setup, long expectedPivots)
    {
        NetworkSimplex flow = LargeTransportProblem.LoadSparseInto(SolverSetup.Create(setup));
        long expectedCost = SolveWithOrTools(flow);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.PivotCount, Is.EqualTo(expectedPivots), "pivots");
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)expectedCost), "optimal cost, against OR-Tools");
        });
    }

    private static long SolveWithOrTools(NetworkSimplex problem)
    {
        using var oracle = new MinCostFlow();
        for (int a = 0; a < problem.ArcCount; a++)
        {
            oracle.AddArcWithCapacityAndUnitCost(problem.Tail(a), problem.Head(a), problem.Capacity(a), problem.UnitCost(a));
        }

        for (int v = 0; v < problem.NodeCount; v++)
        {
            oracle.SetNodeSupply(v, problem.Supply(v));
        }

        Assert.That(oracle.Solve(), Is.EqualTo(MinCostFlowBase.Status.OPTIMAL), "OR-Tools status");
        return oracle.OptimalCost();
    }

    private static void LoadTransport(NetworkSimplex flow, int sources, int sinks, ulong seed)
    {
        var random = new SplitMix64(seed);
        long total = 0;
        for (int s = 0; s < sources; s++)
        {
            long supply = random.Between(100, 300);
            flow.SetSupply(s, supply);
            total += supply;
        }

        // Demands that sum to the supply: equal shares, the remainder on the first sinks.
        for (int t = 0; t < sinks; t++)
        {
            flow.SetSupply(sources + t, -((total / sinks) + (t < total % sinks ? 1 : 0)));
        }

        for (int s = 0; s < sources; s++)
        {
            for (int t = 0; t < sinks; t++)
            {
                flow.AddArc(s, sources + t, total, random.Between(1, 10_000));
            }
        }
    }
}
