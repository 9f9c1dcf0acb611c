using MineralsMatch.Collections;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Stress;

/// <summary>Moves the asks or the bids of a product or mineral by a percentage (a market price fall moves both sides: use two shocks).</summary>
public sealed record PriceShock : Shock
{
    /// <summary>Asks or bids.</summary>
    public required PriceSide Side { get; init; }

    /// <summary>Product or mineral ids; empty = any.</summary>
    public IReadOnlyList<string> Products { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The change in price, percent; above −100.</summary>
    public required decimal ChangePercent { get; init; }

    /// <inheritdoc />
    public override string Kind => "price";

    /// <inheritdoc />
    public override Market Apply(Market market, IMineralCatalog catalog)
    {
        var scope = new ShockScope(market, catalog);
        var factor = Percent.Factor(ChangePercent);
        return Side == PriceSide.Asks
            ? market with { Offers = [.. market.Offers.Select(o => scope.Product(Products, o.Product) ? o with { Ask = Scale(o.Ask, factor) } : o)] }
            : market with { Requirements = [.. market.Requirements.Select(r => scope.Product(Products, r.Product) ? r with { Bid = Scale(r.Bid, factor) } : r)] };
    }

    /// <inheritdoc />
    public override string Describe() =>
        (Side == PriceSide.Asks ? "asks " : "bids ") + Percent.Text(ChangePercent) + Selection.Text(("products", Products));

    private static Price Scale(Price price, decimal factor) => Price.Of(price.Usd * factor, price.Unit);
}
