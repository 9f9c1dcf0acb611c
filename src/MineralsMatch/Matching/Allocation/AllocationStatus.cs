namespace MineralsMatch.Matching.Allocation;

/// <summary>How good an allocation a solver returns is; a solver that finds none throws instead of returning.</summary>
public enum AllocationStatus
{
    /// <summary>Proven optimal for the problem's objective.</summary>
    Optimal,

    /// <summary>Feasible but not proven optimal (e.g. the solver stopped at a time or work limit with a solution in hand).</summary>
    Feasible,
}
