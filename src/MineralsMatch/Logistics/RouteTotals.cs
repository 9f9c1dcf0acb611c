using MineralsMatch.Collections;

namespace MineralsMatch.Logistics;

/// <summary>A route's totals over its legs, computed once when the legs are set.</summary>
internal sealed record RouteTotals(decimal CostPerTonne, int Days, decimal Risk, IReadOnlyList<string> TransitCountries)
{
    public static RouteTotals Empty { get; } = new(0m, 0, 0m, ValueList<string>.Empty);

    public static RouteTotals Of(IReadOnlyList<RouteLeg> legs) => new(
        legs.Sum(l => l.CostPerTonne),
        legs.Sum(l => l.Days),
        1m - legs.Aggregate(1m, (survive, leg) => survive * (1m - leg.Risk)),
        ValueList<string>.From(legs.Select(l => l.TransitCountry).OfType<string>().Distinct(StringComparer.Ordinal)));
}
