using MineralsMatch.Collections;
using MineralsMatch.Markets;

namespace MineralsMatch.Stress;

/// <summary>
/// Cuts (or raises) production by a percentage, or delays it by whole quarters, for the offers it picks: by offer id,
/// producer, country of the origin hub and product or mineral.
/// </summary>
/// <remarks>
/// A cut scales the annual volume and the capacity profile (a minimum above the new volume falls to it); −100 % removes
/// the offer. A delay moves the first year of the capacity profile (or, without one, the window's first year) by the
/// quarters given, as a plant that starts late: <c>startQuarter</c> 3 of 2026 delayed two quarters starts in Q1 2027.
/// A delay past the window's last year removes the offer.
/// </remarks>
public sealed record ProductionShock : Shock
{
    /// <summary>Offer ids; empty = any.</summary>
    public IReadOnlyList<string> Offers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Producer party ids; empty = any.</summary>
    public IReadOnlyList<string> Producers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Countries of the offers' origin hubs; empty = any.</summary>
    public IReadOnlyList<string> Countries { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Product or mineral ids; empty = any.</summary>
    public IReadOnlyList<string> Products { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The change in production, percent (−30 = a 30 % cut); set this or <see cref="DelayQuarters"/>.</summary>
    public decimal? ChangePercent { get; init; }

    /// <summary>The delay in quarters; set this or <see cref="ChangePercent"/>.</summary>
    public int? DelayQuarters { get; init; }

    /// <inheritdoc />
    public override string Kind => "production";

    /// <inheritdoc />
    public override Market Apply(Market market, IMineralCatalog catalog)
    {
        var scope = new ShockScope(market, catalog);
        var offers = new List<SupplyOffer>(market.Offers.Count);
        foreach (var offer in market.Offers)
        {
            if (!Picks(scope, offer))
            {
                offers.Add(offer);
            }
            else if (Shocked(offer) is { } shocked)
            {
                offers.Add(shocked);
            }
        }

        return market with { Offers = offers };
    }

    /// <inheritdoc />
    public override string Describe()
    {
        var what = DelayQuarters is { } q ? $"delay production {q} quarter{(q == 1 ? string.Empty : "s")}" : $"production {Percent.Text(ChangePercent ?? 0m)}";
        return what + Selection.Text(("offers", Offers), ("producers", Producers), ("countries", Countries), ("products", Products));
    }

    private bool Picks(ShockScope scope, SupplyOffer offer) =>
        ShockScope.Any(Offers, offer.Id) && ShockScope.Any(Producers, offer.Producer)
        && ShockScope.Any(Countries, scope.HubCountry(offer.OriginHub)) && scope.Product(Products, offer.Product);

    private SupplyOffer? Shocked(SupplyOffer offer)
    {
        if (DelayQuarters is { } quarters)
        {
            var profile = offer.CapacityByYear ?? new YearlyProfile { Years = [new YearAmount(offer.Window.FirstYear, offer.AnnualVolume.Amount)] };
            return ProfileShift.Delay(profile, quarters, offer.Window.LastYear) is { } delayed ? offer with { CapacityByYear = delayed } : null;
        }

        var factor = Percent.Factor(ChangePercent ?? 0m);
        if (factor <= 0m)
        {
            return null;
        }

        var annual = offer.AnnualVolume * factor;
        return offer with
        {
            AnnualVolume = annual,
            CapacityByYear = ProfileShift.Scale(offer.CapacityByYear, factor),
            MinAnnualVolume = ProfileShift.ClampMinimum(offer.MinAnnualVolume, annual),
        };
    }
}
