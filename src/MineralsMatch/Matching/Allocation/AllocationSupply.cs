namespace MineralsMatch.Matching.Allocation;

/// <summary>A supply node of the allocation problem: an offer's annual capacity in volume steps.</summary>
/// <param name="Id">The offer id.</param>
/// <param name="Capacity">The capacity in volume steps.</param>
/// <param name="Supplier">The supplying party (for share caps).</param>
/// <param name="Country">The supplier's country (for country caps).</param>
public sealed record AllocationSupply(string Id, long Capacity, string Supplier, string Country);
