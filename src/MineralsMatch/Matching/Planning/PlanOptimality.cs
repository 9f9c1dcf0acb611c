namespace MineralsMatch.Matching.Planning;

/// <summary>How good a plan is known to be.</summary>
public enum PlanOptimality
{
    /// <summary>Proven optimal (within the planner's tolerance).</summary>
    Optimal,

    /// <summary>Feasible, with a proven bound on what an optimal plan could reach; see <see cref="PlanningResult.Gap"/>.</summary>
    Approximate,
}
