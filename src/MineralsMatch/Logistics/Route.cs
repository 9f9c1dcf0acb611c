using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Logistics;

/// <summary>A way from an origin hub to a destination hub: a chain of legs.</summary>
public sealed record Route
{
    /// <summary>The route id, unique in the market (e.g. <c>middle-corridor-aktau</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The legs, in travel order; each starts where the previous one ends.</summary>
    public IReadOnlyList<RouteLeg> Legs
    {
        get;
        init
        {
            field = ValueList<RouteLeg>.From(value);
            _totals = RouteTotals.Of(field);
        }
    }

    = ValueList<RouteLeg>.Empty;

    /// <summary>The most it can carry per year for one contract, or <see langword="null"/> for no limit (air freight is limited).</summary>
    public Quantity? MaxAnnualVolume { get; init; }

    /// <summary>
    /// The most it can carry per year for all contracts on it together (e.g. a freight allocation), or
    /// <see langword="null"/> for no shared limit; unlike <see cref="MaxAnnualVolume"/>, which bounds each contract on its own.
    /// </summary>
    public Quantity? SharedAnnualCapacity { get; init; }

    /// <summary>A free note: where figures come from, which are estimates, why it is risk-flagged.</summary>
    public string? Note { get; init; }

    /// <summary>Labels that group routes into corridors (slugs such as <c>caspian-crossing</c>); a stress test can close every route with a tag.</summary>
    public IReadOnlyList<string> Tags { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The hub the route starts at.</summary>
    public string Origin => Legs.Count > 0 ? Legs[0].From : string.Empty;

    /// <summary>The hub the route ends at.</summary>
    public string Destination => Legs.Count > 0 ? Legs[^1].To : string.Empty;

    /// <summary>The total cost in USD per gross tonne.</summary>
    public decimal CostPerTonne => Totals.CostPerTonne;

    /// <summary>The total transit time in days.</summary>
    public int Days => Totals.Days;

    /// <summary>The chance that at least one leg is disrupted, assuming legs fail independently.</summary>
    public decimal Risk => Totals.Risk;

    /// <summary>The countries the route transits, in order, without repeats.</summary>
    public IReadOnlyList<string> TransitCountries => Totals.TransitCountries;

    // Derived from the legs once, when they are set (a `with` that keeps the legs keeps these too).
    private RouteTotals Totals => _totals ?? RouteTotals.Empty;

    private readonly RouteTotals? _totals;
}
