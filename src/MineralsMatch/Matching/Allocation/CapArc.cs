namespace MineralsMatch.Matching.Allocation;

/// <summary>An arc that carries a diversification cap out of a (requirement, supplier) or (requirement, country) node.</summary>
internal sealed record CapArc(int Tail, int Head, long Capacity, int Demand, CapKind Kind, string Key);
