using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Allocation;

/// <summary>
/// The integer allocation problem handed to an <see cref="IAllocationSolver"/>: supplies, demands with share
/// caps, and links with capacities and values. Volumes are in integer steps, values in integer units.
/// </summary>
public sealed record AllocationProblem
{
    /// <summary>The supplies (offers), in canonical order.</summary>
    public IReadOnlyList<AllocationSupply> Supplies { get; init => field = ValueList<AllocationSupply>.From(value); } = ValueList<AllocationSupply>.Empty;

    /// <summary>The demands (requirements), in canonical order.</summary>
    public IReadOnlyList<AllocationDemand> Demands { get; init => field = ValueList<AllocationDemand>.From(value); } = ValueList<AllocationDemand>.Empty;

    /// <summary>The links (candidate pairs), in canonical order.</summary>
    public IReadOnlyList<AllocationLink> Links { get; init => field = ValueList<AllocationLink>.From(value); } = ValueList<AllocationLink>.Empty;

    /// <summary>What to maximise.</summary>
    public MatchObjective Objective { get; init; } = MatchObjective.TotalValue;
}
