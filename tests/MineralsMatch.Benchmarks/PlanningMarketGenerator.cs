using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.Benchmarks;

/// <summary>
/// Seeded multi-year planning problems at scale: offers with start years and ramps, requirements with growing demand
/// and share caps, a few shared routes, and per requirement a handful of candidate offers, each with start-year
/// alternatives (some part-year), minimum volumes and ±10 % flexibility.
/// </summary>
internal static class PlanningMarketGenerator
{
    public static PlanningProblem Create(int offers, int requirements, int years, int offersPerRequirement, int alternatives, ulong seed)
    {
        var rng = new Xoshiro256(seed);
        const int firstYear = 2026;
        var supplies = Enumerable.Range(0, offers).Select(i =>
        {
            var start = rng.Between(0, 3) == 0 ? rng.Between(1, years / 3) : 0;
            var full = rng.Between(50, 2000);
            var capacity = Enumerable.Range(0, years).Select(t => t < start ? 0L : t == start && start > 0 ? full / 2 : t == start + 1 && start > 0 ? full * 4 / 5 : full).ToArray();
            var supplier = $"producer-{i / 2}";
            return new PlanningSupply($"offer-{i}", supplier, $"C{i / 2 % 12}", capacity);
        }).ToArray();

        var demands = Enumerable.Range(0, requirements).Select(j =>
        {
            var target = rng.Between(50, 1500);
            var growth = rng.Between(0, 40);
            var demand = Enumerable.Range(0, years).Select(t => (long)target + (t * growth)).ToArray();
            var supplierCap = rng.Between(0, 2) == 0 ? demand.Select(d => d / 2).ToArray() : null;
            var countryCap = rng.Between(0, 2) == 0 ? demand.Select(d => d * 7 / 10).ToArray() : null;
            return new PlanningDemand($"requirement-{j}", rng.Between(1, 10), demand, supplierCap, countryCap);
        }).ToArray();

        var routes = Enumerable.Range(0, 6).Select(r => new PlanningRoute($"route-{r}", [.. Enumerable.Range(0, years).Select(_ => (decimal)rng.Between(2000, 20000))])).ToArray();
        var contracts = new List<PlanningContract>();
        var link = 0;
        for (var j = 0; j < requirements; j++)
        {
            foreach (var i in Enumerable.Range(0, offersPerRequirement).Select(_ => rng.Between(0, offers - 1)).Distinct())
            {
                var route = rng.Between(0, 2) == 0 ? rng.Between(0, routes.Length - 1) : -1;
                var max = rng.Between(50, 1200);
                var min = rng.Between(0, 1) == 0 ? rng.Between(max / 5, max / 2) : 0;
                var value = rng.Between(1, 120);
                for (var a = 0; a < alternatives; a++)
                {
                    var start = firstYear + rng.Between(0, years - 3);
                    var tenor = rng.Between(3, Math.Min(10, firstYear + years - start));
                    var part = rng.Between(0, 3) == 0 && start + tenor < firstYear + years;
                    var shares = Enumerable.Range(0, tenor + (part ? 1 : 0)).Select(k => part && k == 0 ? 0.5m : part && k == tenor ? 0.5m : 1m).ToArray();
                    contracts.Add(new PlanningContract
                    {
                        Link = link,
                        Supply = i,
                        Demand = j,
                        Route = route,
                        TonnesPerStep = route < 0 ? 0 : 1m,
                        StartYear = start,
                        Tenor = tenor,
                        YearShares = shares,
                        MinAnnual = min,
                        MaxAnnual = max,
                        Flexibility = 0.1m,
                        Value = value,
                    });
                }

                link++;
            }
        }

        return new PlanningProblem
        {
            FirstYear = firstYear,
            LastYear = firstYear + years - 1,
            Supplies = supplies,
            Demands = demands,
            Routes = routes,
            Contracts = contracts,
            Objective = MatchObjective.TotalValue,
            DiscountRate = 0.05m,
        };
    }
}
