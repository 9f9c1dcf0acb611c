using MineralsMatch.Collections;

namespace MineralsMatch.Logistics;

/// <summary>A route's totals over its legs, computed once when the legs are set.</summary>
internal sealed record RouteTotals(decimal CostPerTonne, int Days, decimal Risk, IReadOnlyList<string> TransitCountries)
{
    public static RouteTotals Empty { get; } = new(0m, 0, 0m, ValueList<string>.Empty);

    // Null legs are skipped here (validation reports them), and days saturate, so that building a route never throws.
    public static RouteTotals Of(IReadOnlyList<RouteLeg> legs)
    {
        var known = legs.OfType<RouteLeg>().ToList();
        return new(
            known.Sum(l => l.CostPerTonne),
            (int)Math.Min(int.MaxValue, known.Sum(l => (long)l.Days)),
            1m - known.Aggregate(1m, (survive, leg) => survive * (1m - leg.Risk)),
            ValueList<string>.From(known.Select(l => l.TransitCountry).OfType<string>().Distinct(StringComparer.Ordinal)));
    }
}
