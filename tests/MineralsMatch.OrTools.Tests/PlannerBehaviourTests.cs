using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Tests;

public class PlannerBehaviourTests
{
    [Test]
    public void A_plan_cut_short_by_the_time_limit_is_feasible_approximate_and_reports_a_gap()
    {
        var problem = RandomPlanningProblems.Large(seed: 7, supplies: 40, demands: 60, contractsPerDemand: 8, years: 6);
        var planner = new OrToolsContractPlanner(new OrToolsPlannerOptions { TimeLimit = TimeSpan.FromMilliseconds(1) });

        var result = planner.Plan(problem, PlanningSettings.Default);

        Assert.That(PlanChecker.Violations(problem, result), Is.Empty);
        Assert.That(result.Optimality, Is.EqualTo(PlanOptimality.Approximate));
        Assert.That(result.Gap, Is.GreaterThanOrEqualTo(0));
        Assert.That(result.Bound, Is.GreaterThanOrEqualTo(result.Objective));
    }

    [Test]
    public void A_problem_above_the_size_guard_goes_straight_to_the_fallback_with_its_plan_and_bound()
    {
        var problem = RandomPlanningProblems.Large(seed: 7, supplies: 40, demands: 60, contractsPerDemand: 8, years: 6);
        var fallback = new NetworkContractPlanner();
        var planner = new OrToolsContractPlanner(new OrToolsPlannerOptions { TimeLimit = TimeSpan.FromSeconds(30), Fallback = fallback, MaxContractYears = 10 });

        var result = planner.Plan(problem, PlanningSettings.Default);
        var alone = fallback.Plan(problem, PlanningSettings.Default);

        Assert.That(PlanChecker.Violations(problem, result), Is.Empty);
        Assert.That(result.Planner, Is.EqualTo($"or-tools/too large → {alone.Planner}"));
        Assert.That(alone.Optimality, Is.EqualTo(PlanOptimality.Approximate), "minimums bind in this problem: the fallback proves no optimum");
        Assert.That(result.Optimality, Is.EqualTo(alone.Optimality));
        Assert.That(result.AnnualVolumes, Is.EqualTo(alone.AnnualVolumes));
        Assert.That(result.Bound, Is.EqualTo(alone.Bound));
    }

    [Test]
    public void A_one_year_problem_above_the_size_guard_is_optimal_when_the_fallback_reaches_its_bound()
    {
        // Two offers, two requirements, no minimums: the fallback's network optimum is the plan and its bound.
        var problem = new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2026,
            Supplies = [new PlanningSupply("s0", "p0", "KZ", [10]), new PlanningSupply("s1", "p1", "KZ", [6])],
            Demands = [new PlanningDemand("d0", 1, [8], null, null), new PlanningDemand("d1", 1, [9], null, null)],
            Contracts =
            [
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 8, Value = 5 },
                new PlanningContract { Link = 1, Supply = 0, Demand = 1, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 9, Value = 4 },
                new PlanningContract { Link = 2, Supply = 1, Demand = 1, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 9, Value = 3 },
            ],
        };
        var planner = new OrToolsContractPlanner(new OrToolsPlannerOptions { Fallback = new NetworkContractPlanner(), MaxContractYears = 1 });

        var result = planner.Plan(problem, PlanningSettings.Default);

        Assert.Multiple(() =>
        {
            Assert.That(result.Planner, Does.StartWith("or-tools/too large → "));
            Assert.That(result.Optimality, Is.EqualTo(PlanOptimality.Optimal));
            Assert.That(result.Gap, Is.Zero);
            Assert.That(result.AnnualVolumes, Is.EqualTo(new long[] { 8, 2, 6 }), "s0 fills d0 (value 5) and gives d1 its last 2; s1 gives d1 6");
        });
    }

    [Test]
    public void The_same_problem_with_a_generous_time_limit_is_solved_to_optimality()
    {
        var problem = RandomPlanningProblems.Large(seed: 7, supplies: 8, demands: 10, contractsPerDemand: 3, years: 4);

        var result = new OrToolsContractPlanner().Plan(problem, PlanningSettings.Default with { TimeLimit = TimeSpan.FromSeconds(30) });

        Assert.That(PlanChecker.Violations(problem, result), Is.Empty);
        Assert.That(result.Optimality, Is.EqualTo(PlanOptimality.Optimal));
        Assert.That(result.Gap, Is.Zero);
    }

    [Test]
    public void A_contract_whose_minimum_no_year_can_carry_is_never_signed()
    {
        var problem = new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2027,
            Supplies = [new PlanningSupply("erg-gallium", "erg", "KZ", [12, 15])],
            Demands = [new PlanningDemand("jogmec-gallium", 5, [40, 40], null, null)],
            Contracts =
            [
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, StartYear = 2026, Tenor = 2, YearShares = [1m, 1m], MinAnnual = 14, MaxAnnual = 30, Value = 100 },
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, StartYear = 2027, Tenor = 1, YearShares = [1m], MinAnnual = 14, MaxAnnual = 30, Value = 90 },
            ],
        };

        var result = new OrToolsContractPlanner().Plan(problem, PlanningSettings.Default);

        Assert.That(result.AnnualVolumes, Is.EqualTo(new long[] { 0, 15 }));
        Assert.That(result.Deliveries[1], Is.EqualTo(new long[] { 15 }));
        Assert.That(result.Objective, Is.EqualTo(1350));
        Assert.That(result.Optimality, Is.EqualTo(PlanOptimality.Optimal));
    }

    [Test]
    public void Contracts_sharing_a_route_never_ship_more_than_its_yearly_capacity_together()
    {
        var problem = new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2026,
            Supplies = [new PlanningSupply("a", "a", "KZ", [20]), new PlanningSupply("b", "b", "KZ", [20])],
            Demands = [new PlanningDemand("tokyo", 5, [40], null, null)],
            Routes = [new PlanningRoute("almaty-tokyo-air", [30m])],
            Contracts =
            [
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, Route = 0, TonnesPerStep = 1m, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 20, Value = 10 },
                new PlanningContract { Link = 1, Supply = 1, Demand = 0, Route = 0, TonnesPerStep = 1m, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 20, Value = 8 },
            ],
        };

        var result = new OrToolsContractPlanner().Plan(problem, PlanningSettings.Default);

        Assert.That(result.AnnualVolumes, Is.EqualTo(new long[] { 20, 10 }));
        Assert.That(result.Objective, Is.EqualTo(280));
    }

    [Test]
    public void Coverage_first_serves_the_higher_priority_requirement_before_the_more_valuable_one()
    {
        var problem = new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2026,
            Supplies = [new PlanningSupply("a", "a", "KZ", [10])],
            Demands = [new PlanningDemand("urgent", 9, [10], null, null), new PlanningDemand("lucrative", 1, [10], null, null)],
            Contracts =
            [
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 5, MaxAnnual = 10, Value = 1 },
                new PlanningContract { Link = 1, Supply = 0, Demand = 1, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 5, MaxAnnual = 10, Value = 50 },
            ],
            Objective = MatchObjective.CoverageFirst,
        };

        var result = new OrToolsContractPlanner().Plan(problem, PlanningSettings.Default);

        Assert.That(result.AnnualVolumes, Is.EqualTo(new long[] { 10, 0 }));
    }

    [Test]
    public void Concurrent_plans_equal_the_plans_made_one_at_a_time()
    {
        var planner = new OrToolsContractPlanner();
        var problems = Enumerable.Range(500, 16).Select(seed => RandomPlanningProblems.MultiYear(seed, maxContracts: 8)).ToArray();
        var alone = problems.Select(p => planner.Plan(p, PlanningSettings.Default)).ToArray();

        var together = new PlanningResult[problems.Length];
        Parallel.For(0, problems.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = planner.Plan(problems[i], PlanningSettings.Default));

        for (var i = 0; i < problems.Length; i++)
        {
            Assert.That(together[i].Objective, Is.EqualTo(alone[i].Objective).Within(1e-6 * Math.Max(1, alone[i].Objective)), $"problem {i}");
            Assert.That(PlanChecker.Violations(problems[i], together[i]), Is.Empty, $"problem {i}");
        }
    }

    [Test]
    public void A_malformed_problem_is_rejected_naming_the_field_and_the_value()
    {
        var problem = RandomPlanningProblems.MultiYear(3) with { Supplies = [new PlanningSupply("short", "s", "KZ", [10])] };

        var error = Assert.Throws<ArgumentException>(() => new OrToolsContractPlanner().Plan(problem, PlanningSettings.Default));

        Assert.That(error!.Message, Does.Contain("Supplies[0].Capacity").And.Contain("had 1"));
    }

    [Test]
    public void A_non_positive_time_limit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new OrToolsContractPlanner(new OrToolsPlannerOptions { TimeLimit = TimeSpan.Zero }));
    }

    [Test]
    public void UseOrTools_registers_the_exact_planner()
    {
        using var provider = new ServiceCollection().AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(2))).BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IContractPlanner>(), Is.InstanceOf<OrToolsContractPlanner>());
    }
}
