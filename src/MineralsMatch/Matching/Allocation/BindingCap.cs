namespace MineralsMatch.Matching.Allocation;

/// <summary>A diversification cap that the allocation uses to the full.</summary>
/// <param name="Demand">The index of the demand.</param>
/// <param name="Kind">Supplier or country.</param>
/// <param name="Key">The supplier id or country code.</param>
public sealed record BindingCap(int Demand, CapKind Kind, string Key);
