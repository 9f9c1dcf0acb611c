namespace MineralsMatch.Matching.Allocation;

/// <summary>A candidate pairing of the allocation problem.</summary>
/// <param name="Supply">The index of the supply.</param>
/// <param name="Demand">The index of the demand.</param>
/// <param name="Capacity">The most that may flow, in volume steps.</param>
/// <param name="Value">The value of one volume step, in value units (integer).</param>
public readonly record struct AllocationLink(int Supply, int Demand, long Capacity, long Value);
