using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.Tests.Planning;

/// <summary>Seeded random planning problems: ramps, demand by year, share caps, shared routes, part-year starts, minimums and alternatives.</summary>
internal static class RandomPlanningProblems
{
    public static PlanningProblem Create(int seed, int maxSteps = 40, bool wholeYears = false)
    {
        var random = new Random(seed);
        var first = 2026;
        var years = random.Next(1, 7);
        var supplies = Enumerable.Range(0, random.Next(1, 5)).Select(i =>
        {
            var start = random.Next(years);
            var rate = random.Next(1, maxSteps);
            return new PlanningSupply($"s{i}", $"p{random.Next(3)}", random.Next(3) == 0 ? "CN" : "KZ", [.. Enumerable.Range(0, years).Select(t => t < start ? 0L : rate + (random.Next(3) == 0 ? random.Next(maxSteps / 2) : 0))]);
        }).ToList();
        foreach (var group in supplies.GroupBy(s => s.Supplier).ToList())
        {
            var country = group.First().Country;
            foreach (var s in group.ToList())
            {
                supplies[supplies.IndexOf(s)] = s with { Country = country };
            }
        }

        var demands = Enumerable.Range(0, random.Next(1, 5)).Select(j =>
        {
            var demand = Enumerable.Range(0, years).Select(_ => (long)random.Next(1, maxSteps)).ToList();
            var supplierShare = random.Next(3) == 0 ? random.Next(3, 10) / 10m : (decimal?)null;
            var countryShare = random.Next(3) == 0 ? random.Next(4, 10) / 10m : (decimal?)null;
            return new PlanningDemand($"d{j}", random.Next(1, 11), demand,
                supplierShare is { } a ? [.. demand.Select(d => (long)decimal.Floor(d * a))] : null,
                countryShare is { } b ? [.. demand.Select(d => (long)decimal.Floor(d * b))] : null);
        }).ToList();
        var routes = Enumerable.Range(0, random.Next(0, 3)).Select(r => new PlanningRoute($"r{r}", [.. Enumerable.Range(0, years).Select(_ => (decimal)random.Next(1, maxSteps))])).ToList();

        var contracts = new List<PlanningContract>();
        var links = random.Next(1, 8);
        for (var link = 0; link < links; link++)
        {
            var supply = random.Next(supplies.Count);
            var demand = random.Next(demands.Count);
            var max = random.Next(1, maxSteps);
            var min = random.Next(3) == 0 ? random.Next(1, max + 1) : 0;
            var route = routes.Count > 0 && random.Next(2) == 0 ? random.Next(routes.Count) : -1;
            var value = random.Next(-2, 50);
            for (var alternative = 0; alternative < random.Next(1, 4); alternative++)
            {
                var start = first + random.Next(years);
                var tenor = random.Next(1, years + 1);
                var quarter = wholeYears ? 1 : random.Next(4) == 0 ? random.Next(2, 5) : 1;
                var shares = quarter == 1 ? Enumerable.Repeat(1m, tenor).ToList() : [(5 - quarter) / 4m, .. Enumerable.Repeat(1m, tenor - 1), (quarter - 1) / 4m];
                shares = [.. shares.Take(first + years - start)];
                contracts.Add(new PlanningContract
                {
                    Link = link,
                    Supply = supply,
                    Demand = demand,
                    Route = route,
                    TonnesPerStep = route >= 0 ? random.Next(1, 3) : 0m,
                    StartYear = start,
                    Tenor = tenor,
                    YearShares = shares,
                    MinAnnual = min,
                    MaxAnnual = max,
                    Flexibility = wholeYears ? 0m : random.Next(3) * 0.1m,
                    Value = value,
                });
            }
        }

        return new PlanningProblem
        {
            FirstYear = first,
            LastYear = first + years - 1,
            Supplies = supplies,
            Demands = demands,
            Routes = routes,
            Contracts = contracts,
            Objective = random.Next(4) == 0 ? MatchObjective.CoverageFirst : MatchObjective.TotalValue,
            DiscountRate = random.Next(3) * 0.05m,
        };
    }
}
