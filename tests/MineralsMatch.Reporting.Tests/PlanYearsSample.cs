using MineralsMatch.Contracts;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Minerals;

namespace MineralsMatch.Reporting.Tests;

/// <summary>
/// The small result planned over 2026–2028 by hand: offer o1 ramps 6 t → 10 t → 12 t; r1 wants 6 t every year; r2 wants
/// 8 t, 8 t, then 4 t and gets 0, 4 t and 4 t; shared route kz-rail (20 t/yr) and unshared route direct; an approximate plan with a 1.25 % gap.
/// </summary>
internal static class PlanYearsSample
{
    public static MatchResult Build()
    {
        var result = SampleResults.Small();
        var why = "the requirements it can serve are fully supplied in this year";
        return result with
        {
            Proposals =
            [
                result.Proposals[0] with { Schedule = Quarters(2026, 1500m, 1500m, 1500m) },
                result.Proposals[1] with { Schedule = Quarters(2027, 1000m, 1000m) },
            ],
            Offers =
            [
                result.Offers[0] with
                {
                    Years =
                    [
                        new OfferYear(2026, Kg(6000m), Kg(6000m), Kg(0m), string.Empty),
                        new OfferYear(2027, Kg(10000m), Kg(10000m), Kg(0m), string.Empty),
                        new OfferYear(2028, Kg(12000m), Kg(10000m), Kg(2000m), why),
                    ],
                },
            ],
            Requirements =
            [
                result.Requirements[0] with { Years = [Need(2026, 6000m, 6000m), Need(2027, 6000m, 6000m), Need(2028, 6000m, 6000m)] },
                result.Requirements[1] with { Years = [Need(2026, 8000m, 0m), Need(2027, 8000m, 4000m), Need(2028, 4000m, 4000m)] },
            ],
            Routes =
            [
                new RouteOutcome { Route = "direct", Shared = false, Years = [new RouteYear(2026, null, Quantity.Tonnes(6m)), new RouteYear(2027, null, Quantity.Tonnes(4m)), new RouteYear(2028, null, Quantity.Tonnes(4m))] },
                new RouteOutcome { Route = "kz-rail", Shared = true, Years = [new RouteYear(2026, Quantity.Tonnes(20m), Quantity.Tonnes(0m)), new RouteYear(2027, Quantity.Tonnes(20m), Quantity.Tonnes(6m)), new RouteYear(2028, Quantity.Tonnes(20m), Quantity.Tonnes(6m))] },
            ],
            Solver = result.Solver with
            {
                Planner = "network-simplex-by-year",
                Optimality = PlanOptimality.Approximate,
                Gap = 0.0125,
                PlanObjective = 1000,
                Bound = 1012.5,
                FirstYear = 2026,
                LastYear = 2028,
            },
        };
    }

    private static Quantity Kg(decimal amount) => Quantity.Kilograms(amount);

    private static RequirementYear Need(int year, decimal demand, decimal met) => new(year, Kg(demand), Kg(met), Kg(demand - met));

    /// <summary>Four equal quarterly instalments in each year from <paramref name="first"/>, one amount per year.</summary>
    private static DeliveryInstalment[] Quarters(int first, params decimal[] perQuarter) =>
        [.. perQuarter.SelectMany((amount, i) => Enumerable.Range(1, 4).Select(q => new DeliveryInstalment(first + i, q, Kg(amount))))];
}
