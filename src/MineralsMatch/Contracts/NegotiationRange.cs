using MineralsMatch.Minerals;

namespace MineralsMatch.Contracts;

/// <summary>
/// The zone of possible agreement of a contract, at the same incoterm point as its base price: below the seller's walk-away
/// price the seller earns more selling the unit elsewhere; above the buyer's the buyer does better with its next best source.
/// </summary>
/// <remarks>Both come from the allocation's dual solution; docs/pricing.md gives the formulas.</remarks>
public sealed record NegotiationRange
{
    /// <summary>The least the seller accepts: its ask plus the smallest value per unit its capacity has in any optimal dual (its next best use).</summary>
    public required Price SellerWalkAway { get; init; }

    /// <summary>The most the buyer pays: the pair's value over the ask less the smallest value per unit its demand has in any optimal dual (its next best alternative), plus the ask.</summary>
    public required Price BuyerWalkAway { get; init; }

    /// <summary>Whether a price lies within the range (both ends included).</summary>
    /// <param name="price">A price in USD per the same unit.</param>
    /// <returns>Whether <paramref name="price"/> is between the two walk-away prices.</returns>
    public bool Contains(decimal price) => price >= SellerWalkAway.Usd && price <= BuyerWalkAway.Usd;
}
