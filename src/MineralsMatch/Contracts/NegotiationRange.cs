using MineralsMatch.Minerals;

namespace MineralsMatch.Contracts;

/// <summary>
/// The zone of possible agreement of a contract, at the same incoterm point as its base price: below the seller's walk-away
/// price the seller earns more selling the unit elsewhere; above the buyer's the buyer does better with its next best source.
/// </summary>
/// <remarks>Both come from the allocation's dual solution; docs/pricing.md gives the formulas.</remarks>
public sealed record NegotiationRange
{
    /// <summary>The least the seller accepts: its ask plus its next best use per unit (what another of its buyers would pay over the ask), never above the lowest core price.</summary>
    public required Price SellerWalkAway { get; init; }

    /// <summary>The most the buyer pays: the ask plus the pair's value per unit less the buyer's next best alternative (what it would keep buying from another offer), never below the highest core price.</summary>
    public required Price BuyerWalkAway { get; init; }

    /// <summary>Whether a price lies within the range (both ends included).</summary>
    /// <param name="price">A price in USD per the same unit.</param>
    /// <returns>Whether <paramref name="price"/> is between the two walk-away prices.</returns>
    public bool Contains(decimal price) => price >= SellerWalkAway.Usd && price <= BuyerWalkAway.Usd;
}
