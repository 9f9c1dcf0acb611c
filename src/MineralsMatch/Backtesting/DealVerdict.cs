namespace MineralsMatch.Backtesting;

/// <summary>How far the engine's proposals reproduce a reference deal.</summary>
public enum DealVerdict
{
    /// <summary>The same parties and product, the volume within ±15 % and the start within one year.</summary>
    Recovered,

    /// <summary>A proposal between the same parties for the product, but its volume or start is further off.</summary>
    Partly,

    /// <summary>No proposal between the same parties for the product.</summary>
    Missed,
}
