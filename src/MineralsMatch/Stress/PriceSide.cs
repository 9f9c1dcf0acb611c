namespace MineralsMatch.Stress;

/// <summary>Which prices a <see cref="PriceShock"/> moves.</summary>
public enum PriceSide
{
    /// <summary>The offers' asks.</summary>
    Asks,

    /// <summary>The requirements' bids.</summary>
    Bids,
}
