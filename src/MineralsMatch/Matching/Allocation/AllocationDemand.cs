namespace MineralsMatch.Matching.Allocation;

/// <summary>A demand node of the allocation problem: a requirement's annual target in volume steps, with its caps.</summary>
/// <param name="Id">The requirement id.</param>
/// <param name="Target">The target in volume steps.</param>
/// <param name="Priority">The priority, 1 to 10 (weights the coverage objective).</param>
/// <param name="SupplierCap">The most any one supplier may provide, in steps, or <see langword="null"/>.</param>
/// <param name="CountryCap">The most any one country may provide, in steps, or <see langword="null"/>.</param>
public sealed record AllocationDemand(string Id, long Target, int Priority, long? SupplierCap, long? CountryCap)
{
    // The most one link into this demand may carry under its share caps (long.MaxValue when uncapped): what the network gives
    // a link as its own capacity, whatever cap node it enters.
    internal long LinkCap => Math.Min(SupplierCap ?? long.MaxValue, CountryCap ?? long.MaxValue);
}
