using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Testing;

namespace MineralsMatch.OrTools.Tests;

/// <summary>Small seeded planning problems: several years, ramps, part-years, shared routes, minimums, caps and alternatives per link.</summary>
internal static class RandomPlanningProblems
{
    private static readonly string[] Countries = ["KZ", "AU", "CL"];
    private static readonly decimal[] Flexibilities = [0m, 0m, 0.1m, 0.2m];

    /// <summary>A multi-year problem with at most <paramref name="maxContracts"/> contracts.</summary>
    public static PlanningProblem MultiYear(int seed, int maxContracts = 6)
    {
        var rng = new SplitMix64((ulong)seed * 7919UL + 17UL);
        const int firstYear = 2026;
        var years = rng.Between(2, 4);
        var lastYear = firstYear + years - 1;
        var supplies = Enumerable.Range(0, rng.Between(1, 3)).Select(i => Supply(rng, i, years)).ToArray();
        var demands = Enumerable.Range(0, rng.Between(1, 3)).Select(j => Demand(rng, j, years)).ToArray();
        var routes = Enumerable.Range(0, rng.Between(0, 2))
            .Select(r => new PlanningRoute($"route-{r}", [.. Enumerable.Range(0, years).Select(_ => (decimal)rng.Between(20, 160))]))
            .ToArray();

        // A third of the problems have no minimum that can bind and no alternatives: the LP path.
        var continuous = rng.Chance(0.33);
        var contracts = new List<PlanningContract>();
        var link = 0;
        while (contracts.Count < maxContracts)
        {
            var supply = rng.Between(0, supplies.Length - 1);
            var demand = rng.Between(0, demands.Length - 1);
            var route = routes.Length > 0 && rng.Chance(0.6) ? rng.Between(0, routes.Length - 1) : -1;
            var tonnes = route < 0 ? 0m : rng.Between(5, 15) / 10m;
            var value = rng.Between(1, 60);
            var alternatives = Math.Min(!continuous && rng.Chance(0.4) ? 2 : 1, maxContracts - contracts.Count);
            for (var a = 0; a < alternatives; a++)
            {
                var start = rng.Between(firstYear, lastYear);
                var length = rng.Between(1, lastYear - start + 1);
                var shares = Enumerable.Range(0, length).Select(k => k == 0 && rng.Chance(0.3) ? 0.5m : 1m).ToArray();
                var max = rng.Between(30, 220);
                contracts.Add(new PlanningContract
                {
                    Link = link,
                    Supply = supply,
                    Demand = demand,
                    Route = route,
                    TonnesPerStep = tonnes,
                    StartYear = start,
                    Tenor = length,
                    YearShares = shares,
                    MinAnnual = !continuous && rng.Chance(0.6) ? rng.Between(2, max) : rng.Between(0, 1),
                    MaxAnnual = max,
                    Flexibility = rng.Pick(Flexibilities),
                    Value = value + rng.Between(-5, 5),
                });
            }

            link++;
        }

        return new PlanningProblem
        {
            FirstYear = firstYear,
            LastYear = lastYear,
            Supplies = supplies,
            Demands = demands,
            Routes = routes,
            Contracts = contracts,
            Objective = rng.Chance(0.25) ? MatchObjective.CoverageFirst : MatchObjective.TotalValue,
            DiscountRate = rng.Chance(0.5) ? 0.08m : 0m,
        };
    }

    /// <summary>A one-year problem the network form solves exactly: one whole-year contract per link, no binding minimum, no shared route.</summary>
    public static PlanningProblem OneYear(int seed)
    {
        var rng = new SplitMix64((ulong)seed * 104729UL + 3UL);
        var supplies = Enumerable.Range(0, rng.Between(2, 6)).Select(i => Supply(rng, i, 1)).ToArray();
        var demands = Enumerable.Range(0, rng.Between(2, 6)).Select(j => Demand(rng, j, 1)).ToArray();
        var pairs = new HashSet<(int, int)>();
        var contracts = new List<PlanningContract>();
        for (var attempt = 0; attempt < supplies.Length * demands.Length; attempt++)
        {
            var pair = (rng.Between(0, supplies.Length - 1), rng.Between(0, demands.Length - 1));
            if (!pairs.Add(pair))
            {
                continue;
            }

            contracts.Add(new PlanningContract
            {
                Link = contracts.Count,
                Supply = pair.Item1,
                Demand = pair.Item2,
                StartYear = 2026,
                Tenor = 1,
                YearShares = [1m],
                MinAnnual = rng.Between(0, 1),
                MaxAnnual = rng.Between(10, 300),
                Value = rng.Between(-10, 80),
            });
        }

        return new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2026,
            Supplies = supplies,
            Demands = demands,
            Contracts = contracts,
            Objective = rng.Chance(0.3) ? MatchObjective.CoverageFirst : MatchObjective.TotalValue,
        };
    }

    /// <summary>A problem too large to prove optimal in a millisecond: many suppliers, buyers and contracts with minimums.</summary>
    public static PlanningProblem Large(int seed, int supplies, int demands, int contractsPerDemand, int years)
    {
        var rng = new SplitMix64((ulong)seed);
        var supplyList = Enumerable.Range(0, supplies).Select(i => Supply(rng, i, years)).ToArray();
        var demandList = Enumerable.Range(0, demands).Select(j => Demand(rng, j, years)).ToArray();
        var contracts = new List<PlanningContract>();
        for (var j = 0; j < demands; j++)
        {
            for (var n = 0; n < contractsPerDemand; n++)
            {
                var start = 2026 + rng.Between(0, years - 1);
                var length = rng.Between(1, 2026 + years - start);
                var max = rng.Between(30, 220);
                contracts.Add(new PlanningContract
                {
                    Link = contracts.Count,
                    Supply = rng.Between(0, supplies - 1),
                    Demand = j,
                    StartYear = start,
                    Tenor = length,
                    YearShares = [.. Enumerable.Repeat(1m, length)],
                    MinAnnual = rng.Between(max / 3, max),
                    MaxAnnual = max,
                    Flexibility = 0.1m,
                    Value = rng.Between(1, 60),
                });
            }
        }

        return new PlanningProblem
        {
            FirstYear = 2026,
            LastYear = 2026 + years - 1,
            Supplies = supplyList,
            Demands = demandList,
            Contracts = contracts,
        };
    }

    private static PlanningSupply Supply(SplitMix64 rng, int index, int years)
    {
        var supplier = $"supplier-{index % 2 + (index / 4 * 2)}";
        var country = Countries[(index % 2 + (index / 4 * 2)) % Countries.Length];
        var start = rng.Chance(0.3) ? rng.Between(0, years - 1) : 0;
        var full = rng.Between(40, 300);
        var capacity = Enumerable.Range(0, years).Select(t => t < start ? 0L : t == start && start > 0 ? full / 2 : full).ToArray();
        return new PlanningSupply($"offer-{index}", supplier, country, capacity);
    }

    private static PlanningDemand Demand(SplitMix64 rng, int index, int years)
    {
        var target = rng.Between(40, 300);
        var demand = Enumerable.Range(0, years).Select(t => (long)(target + (t * rng.Between(0, 20)))).ToArray();
        var supplierCap = rng.Chance(0.3) ? demand.Select(d => d * 6 / 10).ToArray() : null;
        var countryCap = rng.Chance(0.3) ? demand.Select(d => d * 8 / 10).ToArray() : null;
        return new PlanningDemand($"requirement-{index}", rng.Between(1, 10), demand, supplierCap, countryCap);
    }
}
