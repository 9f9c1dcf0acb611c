using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Tests;

public class OrToolsContractPlannerTests
{
    private const int RandomProblems = 300;
    private static readonly OrToolsContractPlanner Planner = new();

    [Test]
    public void Plans_on_random_multi_year_problems_are_feasible_and_equal_the_brute_force_optimum()
    {
        var mip = 0;
        var optimal = 0;
        for (var seed = 1; seed <= RandomProblems; seed++)
        {
            var problem = RandomPlanningProblems.MultiYear(seed, maxContracts: 5);
            var result = Planner.Plan(problem, PlanningSettings.Default);
            Assert.That(PlanChecker.Violations(problem, result), Is.Empty, $"seed {seed}");

            var (continuous, whole) = BruteForceOracle.Best(problem);
            var solvedMip = result.Planner.Contains("SCIP", StringComparison.Ordinal);
            if (solvedMip)
            {
                // Minimums or alternatives: the MIP is exact in whole steps.
                Assert.That(result.Optimality, Is.EqualTo(PlanOptimality.Optimal), $"seed {seed}");
                if (problem.Objective == MatchObjective.CoverageFirst)
                {
                    Assert.That(PlanChecker.Coverage(problem, result), Is.EqualTo(whole.Coverage).Within(Tolerance(whole.Coverage)), $"seed {seed}: coverage");
                }

                Assert.That(result.Objective, Is.EqualTo(whole.Value).Within(Tolerance(whole.Value)), $"seed {seed}: value");
            }
            else if (problem.Objective == MatchObjective.CoverageFirst)
            {
                Assert.That(PlanChecker.Coverage(problem, result), Is.InRange(continuous.Coverage - RoundingAllowance(problem, coverage: true), whole.Coverage + Tolerance(whole.Coverage)), $"seed {seed}: coverage");
            }
            else
            {
                // No minimum can bind: the LP's optimum is the bound, and whole steps lose less than the rounding allowance.
                Assert.That(result.Bound, Is.EqualTo(continuous.Value).Within(Tolerance(continuous.Value)), $"seed {seed}: bound");
                Assert.That(result.Objective, Is.InRange(continuous.Value - RoundingAllowance(problem, coverage: false), whole.Value + Tolerance(whole.Value)), $"seed {seed}: value");
            }

            mip += solvedMip ? 1 : 0;
            optimal += result.Optimality == PlanOptimality.Optimal ? 1 : 0;
        }

        TestContext.Out.WriteLine($"{RandomProblems} problems: {mip} solved as MIP, {optimal} labelled optimal");
        Assert.That(mip, Is.GreaterThan(RandomProblems / 3), "the generator exercises binding minimums and alternatives");
        Assert.That(RandomProblems - mip, Is.GreaterThan(RandomProblems / 20), "the generator exercises the LP path");
    }

    [Test]
    public void The_bound_is_never_below_the_objective_and_an_optimal_plan_has_no_gap()
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var result = Planner.Plan(RandomPlanningProblems.MultiYear(seed), PlanningSettings.Default);
            Assert.That(result.Bound, Is.GreaterThanOrEqualTo(result.Objective), $"seed {seed}");
            Assert.That(result.Gap, result.Optimality == PlanOptimality.Optimal ? Is.Zero : Is.GreaterThanOrEqualTo(0), $"seed {seed}");
        }
    }

    [Test]
    public void No_signed_contract_is_below_its_minimum_or_above_its_maximum()
    {
        for (var seed = 1000; seed < 1100; seed++)
        {
            var problem = RandomPlanningProblems.MultiYear(seed, maxContracts: 10);
            var result = Planner.Plan(problem, PlanningSettings.Default);
            Assert.That(PlanChecker.Violations(problem, result), Is.Empty, $"seed {seed}");
            for (var c = 0; c < problem.Contracts.Count; c++)
            {
                Assert.That(result.AnnualVolumes[c], Is.Zero.Or.InRange(Math.Max(1, problem.Contracts[c].MinAnnual), problem.Contracts[c].MaxAnnual), $"seed {seed} contract {c}");
            }
        }
    }

    private static double Tolerance(double value) => 2e-6 * Math.Max(1, Math.Abs(value));

    // Rounding a fractional plan to whole steps loses less than one step of volume (which lowers the top of each
    // year's band by share·(1+flex)) plus one step of delivery, per contract and delivery year.
    private static double RoundingAllowance(PlanningProblem problem, bool coverage) =>
        problem.Contracts.Sum(c => c.YearShares.Select((share, k) =>
            (coverage ? problem.Demands[c.Demand].Priority : problem.DiscountFactor(c.StartYear + k) * Math.Abs(c.Value))
            * (1 + ((double)share * (1 + (double)c.Flexibility)))).Sum());
}
