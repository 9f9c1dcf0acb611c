namespace MineralsMatch.Matching.Allocation;

/// <summary>Which diversification cap a binding constraint is.</summary>
public enum CapKind
{
    /// <summary>The share one supplier may provide.</summary>
    Supplier,

    /// <summary>The share one origin country may provide.</summary>
    Country,
}
