using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.Tests.Pricing;

/// <summary>
/// The stable allocation on 300 seeded random one-year problems (share caps, shared routes, minimum volumes, ties) against an
/// independent brute-force blocking-pair check: for every pair, release everything its seller and its buyer rank strictly lower
/// and see whether both could trade more. None may block, and the engine's own certificate agrees.
/// </summary>
public sealed class StableAllocationTests
{
    private static IEnumerable<int> Seeds => Enumerable.Range(1, 300);

    [TestCaseSource(nameof(Seeds))]
    public void No_pair_blocks_the_stable_allocation_of_a_random_market(int seed)
    {
        var (problem, payoffs) = RandomProblem(seed);

        var volumes = StableAllocation.Plan(problem, payoffs, CancellationToken.None);

        AssertFeasible(problem, volumes, seed);
        Assert.That(BruteForceBlockingPairs(problem, volumes, payoffs), Is.Empty, $"seed {seed}");
        Assert.That(StabilityCheck.BlockingPairs(problem, volumes, payoffs, CancellationToken.None), Is.Zero, $"seed {seed}: the certificate");
    }

    [Test]
    public void The_certificate_finds_the_pair_that_blocks_a_value_maximising_plan()
    {
        // Offer 0 and requirement 0 rank each other first (surplus 100) but the value-maximising plan crosses them over (90 + 90).
        var problem = new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2026,
            Supplies = [new PlanningSupply("o0", "p0", "KZ", [10]), new PlanningSupply("o1", "p1", "KZ", [10])],
            Demands = [new PlanningDemand("r0", 5, [10], null, null), new PlanningDemand("r1", 5, [10], null, null)],
            Contracts = [Contract(0, 0, 0, 10, 100), Contract(1, 0, 1, 10, 90), Contract(2, 1, 0, 10, 90)],
        };
        var payoffs = new StablePayoffs([50m, 45m, 45m], [50m, 45m, 45m], [100m, 90m, 90m]);

        Assert.That(StabilityCheck.BlockingPairs(problem, [0, 10, 10], payoffs, CancellationToken.None), Is.EqualTo(1));
        Assert.That(StableAllocation.Plan(problem, payoffs, CancellationToken.None), Is.EqualTo(new long[] { 10, 0, 0 }));
    }

    private static PlanningContract Contract(int link, int supply, int demand, long max, long value, long min = 0, int route = -1, decimal tonnes = 1m) => new()
    {
        Link = link,
        Supply = supply,
        Demand = demand,
        Route = route,
        TonnesPerStep = tonnes,
        StartYear = 2026,
        Tenor = 1,
        YearShares = [1m],
        MinAnnual = min,
        MaxAnnual = max,
        Value = value,
    };

    private static (PlanningProblem Problem, StablePayoffs Payoffs) RandomProblem(int seed)
    {
        var random = new Random(seed);
        var supplies = Enumerable.Range(0, random.Next(1, 7))
            .Select(i => random.Next(4))
            .Select((p, i) => new PlanningSupply($"o{i}", $"p{p}", p % 2 == 0 ? "KZ" : "CN", [random.Next(1, 40)]))
            .ToList();
        var demands = Enumerable.Range(0, random.Next(1, 7)).Select(j =>
        {
            long target = random.Next(1, 50);
            return new PlanningDemand($"r{j}", random.Next(1, 11), [target],
                random.Next(3) == 0 ? [target * random.Next(3, 10) / 10] : null,
                random.Next(3) == 0 ? [target * random.Next(4, 10) / 10] : null);
        }).ToList();
        var routes = Enumerable.Range(0, random.Next(0, 3)).Select(r => new PlanningRoute($"route{r}", [(decimal)random.Next(5, 60)])).ToList();
        var contracts = new List<PlanningContract>();
        var keys = new List<decimal>();
        for (var i = 0; i < supplies.Count; i++)
        {
            for (var j = 0; j < demands.Count; j++)
            {
                if (random.Next(3) == 0)
                {
                    continue;
                }

                var max = random.Next(1, 40);
                var route = routes.Count > 0 && random.Next(2) == 0 ? random.Next(routes.Count) : -1;
                contracts.Add(Contract(contracts.Count, i, j, max, random.Next(1, 100), min: random.Next(3) == 0 ? random.Next(1, max + 1) : 0, route: route, tonnes: random.Next(1, 3) / 2m));
                keys.Add(random.Next(-3, 12) * 5m);
            }
        }

        var share = new[] { 0.25m, 0.5m, 0.75m }[random.Next(3)];
        var problem = new PlanningProblem { FirstYear = 2026, LastYear = 2026, Supplies = supplies, Demands = demands, Routes = routes, Contracts = contracts };
        return (problem, new StablePayoffs([.. keys.Select(m => share * m)], [.. keys.Select(m => (1 - share) * m)], [.. keys]));
    }

    // Every pair whose seller and buyer both gain per unit, and which could grow by at least one step (and to its minimum) once
    // the seller drops every contract it ranks strictly lower and the buyer every contract it ranks strictly lower.
    private static List<int> BruteForceBlockingPairs(PlanningProblem problem, long[] x, StablePayoffs payoffs)
    {
        var blocking = new List<int>();
        for (var k = 0; k < problem.Contracts.Count; k++)
        {
            var c = problem.Contracts[k];
            if (payoffs.Seller[k] <= 0 || payoffs.Buyer[k] <= 0)
            {
                continue;
            }

            var released = Enumerable.Range(0, problem.Contracts.Count)
                .Where(l => l != k && ((problem.Contracts[l].Supply == c.Supply && payoffs.Seller[l] < payoffs.Seller[k]) || (problem.Contracts[l].Demand == c.Demand && payoffs.Buyer[l] < payoffs.Buyer[k])))
                .ToHashSet();
            long After(Func<PlanningContract, bool> member) => Enumerable.Range(0, x.Length).Where(l => !released.Contains(l) && member(problem.Contracts[l])).Sum(l => x[l]);
            var supply = problem.Supplies[c.Supply];
            var demand = problem.Demands[c.Demand];
            var room = new List<long>
            {
                c.MaxAnnual - x[k],
                supply.Capacity[0] - After(o => o.Supply == c.Supply),
                demand.Demand[0] - After(o => o.Demand == c.Demand),
            };
            if (demand.SupplierCap is { } supplierCap)
            {
                room.Add(supplierCap[0] - After(o => o.Demand == c.Demand && problem.Supplies[o.Supply].Supplier == supply.Supplier));
            }

            if (demand.CountryCap is { } countryCap)
            {
                room.Add(countryCap[0] - After(o => o.Demand == c.Demand && problem.Supplies[o.Supply].Country == supply.Country));
            }

            if (c.Route >= 0)
            {
                var used = Enumerable.Range(0, x.Length).Where(l => !released.Contains(l) && problem.Contracts[l].Route == c.Route).Sum(l => x[l] * problem.Contracts[l].TonnesPerStep);
                room.Add((long)decimal.Floor((problem.Routes[c.Route].CapacityTonnes[0] - used) / c.TonnesPerStep));
            }

            if (room.Min() >= Math.Max(1, c.MinAnnual - x[k]))
            {
                blocking.Add(k);
            }
        }

        return blocking;
    }

    private static void AssertFeasible(PlanningProblem problem, long[] x, int seed)
    {
        for (var k = 0; k < x.Length; k++)
        {
            Assert.That(x[k] == 0 || (x[k] >= problem.Contracts[k].MinAnnual && x[k] <= problem.Contracts[k].MaxAnnual), $"seed {seed} contract {k}: {x[k]}");
        }

        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            Assert.That(Enumerable.Range(0, x.Length).Where(k => problem.Contracts[k].Supply == i).Sum(k => x[k]), Is.LessThanOrEqualTo(problem.Supplies[i].Capacity[0]), $"seed {seed} offer {i}");
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            var links = Enumerable.Range(0, x.Length).Where(k => problem.Contracts[k].Demand == j).ToList();
            Assert.That(links.Sum(k => x[k]), Is.LessThanOrEqualTo(problem.Demands[j].Demand[0]), $"seed {seed} requirement {j}");
            foreach (var group in links.GroupBy(k => problem.Supplies[problem.Contracts[k].Supply].Supplier))
            {
                Assert.That(group.Sum(k => x[k]), Is.LessThanOrEqualTo(problem.Demands[j].SupplierCap?[0] ?? long.MaxValue), $"seed {seed} supplier cap");
            }

            foreach (var group in links.GroupBy(k => problem.Supplies[problem.Contracts[k].Supply].Country))
            {
                Assert.That(group.Sum(k => x[k]), Is.LessThanOrEqualTo(problem.Demands[j].CountryCap?[0] ?? long.MaxValue), $"seed {seed} country cap");
            }
        }

        for (var r = 0; r < problem.Routes.Count; r++)
        {
            Assert.That(Enumerable.Range(0, x.Length).Where(k => problem.Contracts[k].Route == r).Sum(k => x[k] * problem.Contracts[k].TonnesPerStep), Is.LessThanOrEqualTo(problem.Routes[r].CapacityTonnes[0]), $"seed {seed} route {r}");
        }
    }
}
