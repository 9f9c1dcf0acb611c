using System.Globalization;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Planning;
using NUnit.Framework;

namespace MineralsMatch.Tests.Planning;

/// <summary>The managed planner on seeded random problems: always feasible, never above its own bound, close to the exact plan.</summary>
public sealed class NetworkContractPlannerTests
{
    private static readonly NetworkContractPlanner Planner = new();

    [Test]
    public void A_one_year_plan_keeps_its_network_for_explanations_but_equals_the_same_plan_without_it()
    {
        var plan = Enumerable.Range(0, 100).Select(seed => RandomPlanningProblems.Create(seed, wholeYears: true))
            .Where(p => p.Years == 1).Select(p => new NetworkContractPlanner().Plan(p, PlanningSettings.Default))
            .First(p => p.AnnualVolumes.Any(v => v > 0));
        var copy = new PlanningResult
        {
            Planner = plan.Planner,
            Optimality = plan.Optimality,
            Objective = plan.Objective,
            Bound = plan.Bound,
            AnnualVolumes = [.. plan.AnnualVolumes],
            Deliveries = [.. plan.Deliveries.Select(d => (IReadOnlyList<long>)[.. d])],
            Iterations = plan.Iterations,
        };

        Assert.Multiple(() =>
        {
            Assert.That(plan.Trace, Is.Not.Null, "the stage's explanations read the network of a one-year plan");
            Assert.That(copy.Trace, Is.Null);
            Assert.That(plan, Is.EqualTo(copy));
            Assert.That(plan.GetHashCode(), Is.EqualTo(copy.GetHashCode()));
            Assert.That(plan with { Iterations = plan.Iterations + 1 }, Is.Not.EqualTo(copy), "every public member still counts");
        });
    }

    [Test]
    public void Every_plan_on_500_random_problems_is_feasible_and_at_most_its_bound()
    {
        var gaps = new List<double>();
        for (var seed = 0; seed < 500; seed++)
        {
            var problem = RandomPlanningProblems.Create(seed);
            var result = Planner.Plan(problem, PlanningSettings.Default);

            var violations = PlanChecker.Violations(problem, result);
            Assert.That(violations, Is.Empty, $"seed {seed}");
            Assert.That(result.Objective, Is.LessThanOrEqualTo(result.Bound + 1e-6), $"seed {seed}");
            if (PlanChecker.ByValue(problem))
            {
                Assert.That(result.Objective, Is.EqualTo(PlanChecker.Value(problem, result.Deliveries)).Within(1e-6), $"seed {seed}");
            }

            gaps.Add(result.Gap);
        }

        TestContext.Out.WriteLine(Summary("gap to own bound", gaps));
    }

    [Test]
    public void On_300_tiny_problems_the_plan_is_at_most_the_brute_force_optimum_which_is_at_most_the_bound()
    {
        var gaps = new List<double>();
        for (var seed = 0; seed < 300; seed++)
        {
            var problem = RandomPlanningProblems.Create(1000 + seed, maxSteps: 4, wholeYears: true) with { Objective = MatchObjective.TotalValue };
            var result = Planner.Plan(problem, PlanningSettings.Default);
            var best = BruteForce(problem);

            Assert.That(PlanChecker.Violations(problem, result), Is.Empty, $"seed {seed}");
            Assert.That(result.Objective, Is.LessThanOrEqualTo(best + 1e-6), $"seed {seed}");
            Assert.That(best, Is.LessThanOrEqualTo(result.Bound + 1e-6), $"seed {seed}");
            gaps.Add((best - result.Objective) / Math.Max(Math.Abs(best), 1));
        }

        TestContext.Out.WriteLine(Summary("gap to the exact plan", gaps));
    }

    [Test]
    public void A_one_year_problem_without_binding_minimums_is_planned_exactly_as_the_allocation_network()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = RandomPlanningProblems.Create(2000 + seed, wholeYears: true);
            var problem = random with
            {
                LastYear = random.FirstYear,
                Supplies = [.. random.Supplies.Select(s => s with { Capacity = [s.Capacity[^1]] })],
                Demands = [.. random.Demands.Select(d => d with { Demand = [d.Demand[0]], SupplierCap = d.SupplierCap is { } a ? [a[0]] : null, CountryCap = d.CountryCap is { } b ? [b[0]] : null })],
                Routes = [],
                Contracts = [.. random.Contracts.GroupBy(c => c.Link).Select(g => g.First() with { StartYear = random.FirstYear, YearShares = [1m], MinAnnual = 0, Route = -1 })],
            };
            var network = new NetworkSimplexAllocationSolver().Solve(new AllocationProblem
            {
                Supplies = [.. problem.Supplies.Select(s => new AllocationSupply(s.Id, s.Capacity[0], s.Supplier, s.Country))],
                Demands = [.. problem.Demands.Select(d => new AllocationDemand(d.Id, d.Demand[0], d.Priority, d.SupplierCap?[0], d.CountryCap?[0]))],
                Links = [.. problem.Contracts.Select(c => new AllocationLink(c.Supply, c.Demand, c.MaxAnnual, c.Value))],
                Objective = problem.Objective,
            });

            var result = Planner.Plan(problem, PlanningSettings.Default);

            Assert.Multiple(() =>
            {
                Assert.That(result.AnnualVolumes, Is.EqualTo(network.Flows), $"seed {seed}");
                Assert.That(result.Optimality, Is.EqualTo(PlanOptimality.Optimal), $"seed {seed}");
                Assert.That(result.Gap, Is.Zero, $"seed {seed}");
            });
        }
    }

    [Test]
    public void A_contract_is_signed_only_if_its_minimum_fits_in_every_year_of_its_tenor()
    {
        // The supply ramps down in the third year: a three-year contract at its minimum of 8 no longer fits, a two-year one does.
        var problem = new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2028,
            Supplies = [new PlanningSupply("s", "p", "KZ", [10, 10, 5])],
            Demands = [new PlanningDemand("d", 5, [10, 10, 10], null, null)],
            Contracts =
            [
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, StartYear = 2026, Tenor = 3, YearShares = [1m, 1m, 1m], MinAnnual = 8, MaxAnnual = 10, Value = 5 },
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, StartYear = 2026, Tenor = 2, YearShares = [1m, 1m], MinAnnual = 8, MaxAnnual = 10, Value = 5 },
            ],
        };

        var result = Planner.Plan(problem, PlanningSettings.Default);

        Assert.Multiple(() =>
        {
            Assert.That(result.AnnualVolumes, Is.EqualTo(new long[] { 0, 10 }));
            Assert.That(result.Deliveries[1], Is.EqualTo(new long[] { 10, 10 }));
            Assert.That(result.Objective, Is.EqualTo(100));
            Assert.That(PlanChecker.Violations(problem, result), Is.Empty);
        });
    }

    [Test]
    public void Two_contracts_on_one_route_share_its_yearly_capacity()
    {
        // 8 t a year shared: two buyers wanting 5 t each get 8 t together, never 10.
        var problem = new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2026,
            Supplies = [new PlanningSupply("s", "p", "KZ", [20])],
            Demands = [new PlanningDemand("a", 5, [5], null, null), new PlanningDemand("b", 5, [5], null, null)],
            Routes = [new PlanningRoute("air", [8m])],
            Contracts =
            [
                new PlanningContract { Link = 0, Supply = 0, Demand = 0, Route = 0, TonnesPerStep = 1m, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 5, Value = 3 },
                new PlanningContract { Link = 1, Supply = 0, Demand = 1, Route = 0, TonnesPerStep = 1m, StartYear = 2026, Tenor = 1, YearShares = [1m], MinAnnual = 0, MaxAnnual = 5, Value = 2 },
            ],
        };

        var result = Planner.Plan(problem, PlanningSettings.Default);

        Assert.Multiple(() =>
        {
            Assert.That(result.AnnualVolumes, Is.EqualTo(new long[] { 5, 3 }));
            Assert.That(result.Bound, Is.EqualTo(25));
            Assert.That(result.Optimality, Is.EqualTo(PlanOptimality.Approximate));
            Assert.That(PlanChecker.Violations(problem, result), Is.Empty);
        });
    }

    private static double BruteForce(PlanningProblem problem)
    {
        var links = problem.Contracts.Select((c, i) => (c, i)).GroupBy(x => x.c.Link).Select(g => g.ToList()).ToList();
        var volumes = new long[problem.Contracts.Count];
        var best = 0.0;
        Search(0);
        return best;

        void Search(int l)
        {
            if (l == links.Count)
            {
                var result = new PlanningResult
                {
                    Planner = "brute-force",
                    Optimality = PlanOptimality.Optimal,
                    Objective = 0,
                    Bound = 0,
                    AnnualVolumes = volumes,
                    Deliveries = [.. problem.Contracts.Select((c, i) => (IReadOnlyList<long>)[.. c.YearShares.Select(s => volumes[i] == 0 ? 0L : volumes[i])])],
                };
                if (PlanChecker.Violations(problem, result).Count == 0)
                {
                    best = Math.Max(best, PlanChecker.Value(problem, result.Deliveries));
                }

                return;
            }

            Search(l + 1);
            foreach (var (contract, i) in links[l])
            {
                for (var v = Math.Max(1, contract.MinAnnual); v <= contract.MaxAnnual; v++)
                {
                    volumes[i] = v;
                    Search(l + 1);
                    volumes[i] = 0;
                }
            }
        }
    }

    private static string Summary(string what, List<double> gaps)
    {
        var sorted = gaps.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{what}: n={sorted.Count}, zero={sorted.Count(g => g <= 1e-9)}, mean={sorted.Average():P2}, median={sorted[sorted.Count / 2]:P2}, p90={sorted[(int)(sorted.Count * 0.9)]:P2}, max={sorted[^1]:P2}");
    }
}
