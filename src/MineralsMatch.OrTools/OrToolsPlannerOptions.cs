using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools;

/// <summary>Options of the <see cref="OrToolsContractPlanner"/>.</summary>
public sealed record OrToolsPlannerOptions
{
    /// <summary>The longest the planner may search before it returns its best plan with the proven gap; <see langword="null"/> uses <see cref="PlanningSettings.TimeLimit"/>.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// The planner to ask when OR-Tools finds no feasible plan in time or fails; <see langword="null"/> uses a built-in
    /// heuristic (the LP relaxation, then dropping contracts below their minimum and re-solving). Either way the
    /// result is labelled <see cref="PlanOptimality.Approximate"/> and keeps the best proven bound.
    /// </summary>
    public IContractPlanner? Fallback { get; init; }

    /// <summary>Above this many contract-years (Σ delivery years over the contracts) the fallback, when there is one, plans alone.</summary>
    internal long MaxContractYears { get; init; } = 250_000;

    /// <summary>The OR-Tools backend for mixed-integer models (<c>SCIP</c> by default; <c>CP_SAT</c> for comparisons).</summary>
    internal string MipSolver { get; init; } = "SCIP";
}
