namespace MineralsMatch.Matching;

/// <summary>Whether a <see cref="ReservationPrice"/> could be worked out.</summary>
public enum ReservationStatus
{
    /// <summary>The price and the volume it holds for are known.</summary>
    Priced,

    /// <summary>
    /// No better price alone trades more: every counterpart that can take part is fully supplied or sold out to its limit, a share
    /// cap binds, or every pairing was rejected by a rule — the reasons say which (a price-gap reason names the landed cost to beat).
    /// </summary>
    Unreachable,

    /// <summary>
    /// No price is binding: the representative-year allocation serves (or sells) this volume at today's bid (or ask); the shortfall
    /// comes from the multi-year plan (minimum volumes, tenors, yearly capacities), which the reasons name.
    /// </summary>
    NotPriceBound,

    /// <summary>Not worked out: the run's budget of shortest-path work (docs/pricing.md) was spent on other requirements and offers.</summary>
    NotComputed,
}
