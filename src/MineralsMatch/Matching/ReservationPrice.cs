using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>
/// The price at which an unmet requirement would be served (its bid) or an offer with unsold capacity would sell (its ask), and
/// the annual volume over which that price holds, from the representative-year allocation's residual network (docs/pricing.md).
/// </summary>
public sealed record ReservationPrice
{
    /// <summary>Whether the price could be worked out; <see cref="Price"/> and <see cref="Volume"/> are set only when <see cref="ReservationStatus.Priced"/>.</summary>
    public required ReservationStatus Status { get; init; }

    /// <summary>The bid (for a requirement) or ask (for an offer) in USD per pricing unit, at its own incoterm point, at which one more unit trades.</summary>
    public decimal? Price { get; init; }

    /// <summary>How much more would trade at that price before the next pairing's price applies.</summary>
    public Quantity? Volume { get; init; }

    /// <summary>
    /// Whether some of this requirement's (or offer's) pairings were rejected for price (<see cref="ReasonKind.PriceGap"/>): the price
    /// is over the pairings admitted at today's prices, and a bid (ask) that closes one of those gaps, as its reason says, may trade
    /// more first.
    /// </summary>
    public bool ExcludesPriceGapPairings { get; init; }

    /// <summary>The offer (for a requirement) or requirement (for an offer) the extra volume would trade with.</summary>
    public string? Counterpart { get; init; }
}
