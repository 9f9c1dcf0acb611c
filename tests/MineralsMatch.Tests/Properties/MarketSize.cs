namespace MineralsMatch.Tests.Properties;

/// <summary>The size classes of generated markets.</summary>
public enum MarketSize
{
    /// <summary>Up to 3 offers and 3 requirements.</summary>
    Tiny,

    /// <summary>Up to 10 of each.</summary>
    Small,

    /// <summary>Up to 40 of each.</summary>
    Medium,

    /// <summary>Up to 8 of each, volumes and prices often at the 10⁹ and 10⁷ limits.</summary>
    Limits,
}
