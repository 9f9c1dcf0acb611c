using MineralsMatch.Optimization;
using NUnit.Framework;

namespace MineralsMatch.Tests.Optimization;

[TestFixture]
public sealed class MinCostFlowAlgorithmTests
{
    private static void LoadTwoByTwo(NetworkSimplex flow)
    {
        flow.AddArc(0, 2, 5, 3);
        flow.AddArc(0, 3, 5, 1);
        flow.AddArc(1, 2, 5, 2);
        flow.AddArc(1, 3, 5, 4);
        flow.SetSupply(0, 4);
        flow.SetSupply(1, 3);
        flow.SetSupply(2, -5);
        flow.SetSupply(3, -2);
    }

    [Test]
    public void A_new_solver_chooses_automatically_and_prices_by_adaptive_block_search()
    {
        var flow = new NetworkSimplex();
        LoadTwoByTwo(flow);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.Algorithm, Is.EqualTo(MinCostFlowAlgorithm.Automatic));
            Assert.That(flow.PivotRule, Is.EqualTo(NetworkSimplexPivotRule.AdaptiveBlockSearch));
            Assert.That(flow.AlgorithmUsed, Is.EqualTo(MinCostFlowAlgorithm.NetworkSimplex), "a small network goes to the network simplex");
        });
    }

    [TestCaseSource(typeof(SolverSetup), nameof(SolverSetup.All))]
    public void Every_algorithm_and_rule_ships_the_two_by_two_transport_at_its_optimum(string setup)
    {
        NetworkSimplex flow = SolverSetup.Create(setup);
        LoadTwoByTwo(flow);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)14));
            Assert.That(FlowCertificate.Check(flow), Is.Null);
            Assert.That(flow.Potential(2) - flow.Potential(3), Is.EqualTo(2), "the marginal cost gap between the smelters");
        });
    }

    [Test]
    public void Cost_scaling_reports_costs_beyond_its_scaled_range_as_bad_input_while_automatic_uses_the_network_simplex()
    {
        // 64 · (3 + 2)² · 10¹⁷ overflows a long; the network simplex's own limit is about 4.6·10¹⁷ here.
        const long Cost = 100_000_000_000_000_000;
        var scaling = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling };
        var automatic = new NetworkSimplex();
        foreach (NetworkSimplex flow in new[] { scaling, automatic })
        {
            flow.AddArc(0, 1, 2, -Cost);
            flow.AddArc(1, 2, 2, Cost);
            flow.SetSupply(0, 1);
            flow.SetSupply(2, -1);
        }

        Assert.Multiple(() =>
        {
            Assert.That(scaling.Solve(), Is.EqualTo(NetworkSimplexStatus.BadInput));
            Assert.That(automatic.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(automatic.AlgorithmUsed, Is.EqualTo(MinCostFlowAlgorithm.NetworkSimplex));
            Assert.That(automatic.OptimalCost, Is.EqualTo((Int128)0));
        });
    }

    [Test]
    public void Undefined_rules_and_algorithms_are_rejected_by_name()
    {
        var flow = new NetworkSimplex();

        Assert.Multiple(() =>
        {
            Assert.That(() => flow.PivotRule = (NetworkSimplexPivotRule)7, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("AdaptiveBlockSearch"));
            Assert.That(() => flow.Algorithm = (MinCostFlowAlgorithm)7, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("CostScaling"));
        });
    }

    [Test]
    public void Changing_the_algorithm_marks_the_problem_unsolved()
    {
        var flow = new NetworkSimplex();
        LoadTwoByTwo(flow);
        flow.Solve();

        flow.Algorithm = MinCostFlowAlgorithm.CostScaling;

        Assert.That(flow.Status, Is.EqualTo(NetworkSimplexStatus.NotSolved));
        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.That(flow.AlgorithmUsed, Is.EqualTo(MinCostFlowAlgorithm.CostScaling));
    }

    [Test]
    public void A_cancelled_token_stops_cost_scaling_and_leaves_it_unsolved()
    {
        var flow = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling };
        LoadTwoByTwo(flow);
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.That(() => flow.Solve(source.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(flow.Status, Is.EqualTo(NetworkSimplexStatus.NotSolved));
    }

    [Test]
    public void Automatic_abandons_the_simplex_for_cost_scaling_once_it_has_moved_its_budget_of_potentials()
    {
        RandomFlowProblem problem = Enumerable.Range(1, 200)
            .Select(seed => RandomFlowProblem.Create((ulong)seed))
            .First(candidate =>
            {
                var probe = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex };
                candidate.LoadInto(probe);
                return probe.Solve() == NetworkSimplexStatus.Optimal && probe.PotentialUpdates > 2 * probe.ArcCount;
            });
        var simplex = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex };
        problem.LoadInto(simplex);
        simplex.Solve();
        long work = simplex.PotentialUpdates;
        var within = new NetworkSimplex { AutomaticWorkPerArc = work / simplex.ArcCount + 1, AutomaticEarlyPivotsPerNode = 0 };
        var beyond = new NetworkSimplex { AutomaticWorkPerArc = 1, AutomaticEarlyPivotsPerNode = 0 };
        problem.LoadInto(within);
        problem.LoadInto(beyond);

        Assert.Multiple(() =>
        {
            Assert.That(within.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(within.AlgorithmUsed, Is.EqualTo(MinCostFlowAlgorithm.NetworkSimplex), "the simplex finished within its budget");
            Assert.That(within.AbandonedPivots, Is.Zero);
            Assert.That(within.PivotCount, Is.EqualTo(simplex.PivotCount));
            Assert.That(beyond.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(beyond.AlgorithmUsed, Is.EqualTo(MinCostFlowAlgorithm.CostScaling), "the simplex passed its budget");
            Assert.That(beyond.AbandonedPivots, Is.InRange(1, simplex.PivotCount - 1), "abandoned part way");
            Assert.That(beyond.PotentialUpdates, Is.GreaterThan((long)beyond.ArcCount).And.LessThan(work), "stopped just past the budget");
            Assert.That(beyond.OptimalCost, Is.EqualTo(simplex.OptimalCost));
            Assert.That(FlowCertificate.Check(beyond), Is.Null);
        });
    }

    [Test]
    public void Automatics_fallback_runs_cost_scaling_with_the_long_path_settings_and_keeps_the_callers()
    {
        NetworkSimplex fallback = LargeTransportProblem.LoadSparseInto(SolverSetup.Create(SolverSetup.AutomaticSwitched));
        NetworkSimplex longPaths = LargeTransportProblem.LoadSparseInto(SolverSetup.Create(SolverSetup.CostScalingAugment));
        NetworkSimplex defaults = LargeTransportProblem.LoadSparseInto(SolverSetup.Create(SolverSetup.CostScaling));

        Assert.Multiple(() =>
        {
            Assert.That(fallback.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(longPaths.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(defaults.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(fallback.AlgorithmUsed, Is.EqualTo(MinCostFlowAlgorithm.CostScaling));
            Assert.That(fallback.PivotCount, Is.EqualTo(longPaths.PivotCount), "pushes and relabels: the long-path settings' work");
            Assert.That(fallback.PivotCount, Is.Not.EqualTo(defaults.PivotCount), "not the defaults' work");
            Assert.That(fallback.OptimalCost, Is.EqualTo(defaults.OptimalCost));
            Assert.That(FlowCertificate.Check(fallback), Is.Null);
            Assert.That((fallback.ScalingFactor, fallback.PriceUpdateSpacing, fallback.CountLookAheadRelabels, fallback.AugmentLength), Is.EqualTo((8L, 1.0, false, 0)), "the caller's settings, restored");
        });
    }

    [Test]
    public void Automatic_abandons_the_simplex_sooner_when_it_spends_an_eighth_of_its_budget_in_its_first_two_pivots_per_node()
    {
        // A budget of 16 per arc: 2 per arc within the first 2n pivots, 16 per arc after them.
        static NetworkSimplex Solver(bool early) => new() { AutomaticWorkPerArc = 16, AutomaticEarlyPivotsPerNode = early ? 2 : 0 };
        (NetworkSimplex Early, NetworkSimplex Late) Solve(RandomFlowProblem problem)
        {
            var (early, late) = (Solver(early: true), Solver(early: false));
            problem.LoadInto(early);
            problem.LoadInto(late);
            early.Solve();
            late.Solve();
            return (early, late);
        }

        var (early, late) = Enumerable.Range(1, 500)
            .Select(seed => Solve(RandomFlowProblem.Create((ulong)seed)))
            .First(pair => pair.Early.Status == NetworkSimplexStatus.Optimal && pair.Early.AbandonedPivots > 0
                && (pair.Late.AbandonedPivots == 0 || pair.Late.AbandonedPivots > pair.Early.AbandonedPivots));

        Assert.Multiple(() =>
        {
            Assert.That(early.AlgorithmUsed, Is.EqualTo(MinCostFlowAlgorithm.CostScaling));
            Assert.That(early.AbandonedPivots, Is.LessThanOrEqualTo(2L * early.NodeCount), "abandoned within the first two pivots per node");
            Assert.That(early.PotentialUpdates, Is.GreaterThan(2L * early.ArcCount).And.LessThanOrEqualTo(16L * early.ArcCount), "past an eighth of the budget, not the whole");
            Assert.That(early.OptimalCost, Is.EqualTo(late.OptimalCost));
            Assert.That(FlowCertificate.Check(early), Is.Null);
        });
    }

    [Test]
    public void Automatic_keeps_the_simplex_past_its_budget_when_cost_scaling_cannot_hold_the_costs()
    {
        const long Cost = 100_000_000_000_000_000;
        var flow = new NetworkSimplex { AutomaticWorkPerArc = 0 };
        flow.AddArc(0, 1, 2, -Cost);
        flow.AddArc(1, 2, 2, Cost);
        flow.AddArc(0, 2, 2, 1);
        flow.SetSupply(0, 3);
        flow.SetSupply(2, -3);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.AlgorithmUsed, Is.EqualTo(MinCostFlowAlgorithm.NetworkSimplex));
            Assert.That(flow.AbandonedPivots, Is.Zero);
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)1));
        });
    }

    [Test]
    public void Price_refinement_skips_refines_and_reaches_the_same_optimum()
    {
        var refined = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling };
        var plain = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, PriceRefinement = false };
        int skipped = 0;
        long refinedOperations = 0;
        long plainOperations = 0;
        for (ulong seed = 1; seed <= 300; seed++)
        {
            var problem = RandomFlowProblem.Create(seed);
            refined.Clear();
            plain.Clear();
            problem.LoadInto(refined);
            problem.LoadInto(plain);
            NetworkSimplexStatus status = refined.Solve();

            Assert.That(plain.Solve(), Is.EqualTo(status), $"seed {seed}: status");
            if (status == NetworkSimplexStatus.Optimal)
            {
                Assert.That(refined.OptimalCost, Is.EqualTo(plain.OptimalCost), $"seed {seed}: cost");
                Assert.That(FlowCertificate.Check(refined), Is.Null, $"seed {seed}: certificate");
                skipped += refined.RefinedPhases;
                refinedOperations += refined.PivotCount;
                plainOperations += plain.PivotCount;
            }

            Assert.That(plain.RefinedPhases, Is.Zero);
        }

        Assert.That(skipped, Is.GreaterThan(100), "phases finished by prices alone");
        Assert.That(refinedOperations, Is.LessThan(plainOperations), "pushes and relabels saved");
    }
}
