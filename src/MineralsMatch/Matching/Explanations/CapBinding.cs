namespace MineralsMatch.Matching.Explanations;

/// <summary>Which diversification cap, if any, stops a link from carrying more (its text is written only for a kept reason).</summary>
internal enum CapBinding
{
    /// <summary>No cap binds.</summary>
    None,

    /// <summary>The requirement's share cap per supplier binds.</summary>
    Supplier,

    /// <summary>The requirement's share cap per country binds.</summary>
    Country,

    /// <summary>The pairing is at its own capacity, which is a share cap.</summary>
    Pairing,
}
