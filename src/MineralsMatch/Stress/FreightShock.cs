using MineralsMatch.Collections;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;

namespace MineralsMatch.Stress;

/// <summary>Moves freight costs by a percentage, on every leg of a transport mode or on named legs.</summary>
/// <remarks>With neither modes nor legs given, every leg is shocked. A leg is shocked once even when it matches both.</remarks>
public sealed record FreightShock : Shock
{
    /// <summary>Transport modes whose legs are shocked.</summary>
    public IReadOnlyList<TransportMode> Modes { get; init => field = ValueList<TransportMode>.From(value); } = ValueList<TransportMode>.Empty;

    /// <summary>Legs shocked, by the hubs they join.</summary>
    public IReadOnlyList<LegReference> Legs { get; init => field = ValueList<LegReference>.From(value); } = ValueList<LegReference>.Empty;

    /// <summary>The change in cost per tonne, percent (+50 = half as much again).</summary>
    public required decimal ChangePercent { get; init; }

    /// <inheritdoc />
    public override string Kind => "freight";

    /// <inheritdoc />
    public override Market Apply(Market market, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(market);
        var factor = Percent.Factor(ChangePercent);
        return market with
        {
            Routes = [.. market.Routes.Select(r => r.Legs.Any(Picks)
                ? r with { Legs = [.. r.Legs.Select(l => Picks(l) ? l with { CostPerTonne = l.CostPerTonne * factor } : l)] }
                : r)],
        };
    }

    /// <inheritdoc />
    public override string Describe() =>
        "freight " + Percent.Text(ChangePercent) + Selection.Text(
            ("modes", [.. Modes.Select(m => m.ToString().ToLowerInvariant())]),
            ("legs", [.. Legs.Select(l => l.ToString())]));

    private bool Picks(RouteLeg leg) =>
        (Modes.Count == 0 && Legs.Count == 0) || Modes.Contains(leg.Mode) || Legs.Any(l => l.Matches(leg));
}
