namespace MineralsMatch.Matching;

/// <summary>What the allocation solver did. Holds no timings, so results stay byte-identical between runs.</summary>
public sealed record SolverStatistics
{
    /// <summary>The solver's name, e.g. <c>network-simplex</c>.</summary>
    public required string Solver { get; init; }

    /// <summary>The solver's final status, e.g. <c>Optimal</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The candidate pairings that passed every rule.</summary>
    public required int Candidates { get; init; }

    /// <summary>The candidate pairings rejected by a rule.</summary>
    public required int Rejected { get; init; }

    /// <summary>Nodes in the flow network.</summary>
    public required int Nodes { get; init; }

    /// <summary>Arcs in the flow network.</summary>
    public required int Arcs { get; init; }

    /// <summary>(Requirement, country) nodes created because a country cap could bind.</summary>
    public required int CountryNodes { get; init; }

    /// <summary>Simplex pivots.</summary>
    public required long Pivots { get; init; }

    /// <summary>The optimal objective in solver units (integer), as text.</summary>
    public required string Objective { get; init; }

    /// <summary>The contract planner, e.g. <c>network-simplex-by-year</c>.</summary>
    public string Planner { get; init; } = string.Empty;

    /// <summary>Whether the plan is proven optimal or approximate.</summary>
    public Planning.PlanOptimality Optimality { get; init; } = Planning.PlanOptimality.Optimal;

    /// <summary>The plan's relative gap to its bound, <c>(bound − objective) / max(|bound|, 1)</c>; 0 when optimal.</summary>
    public double Gap { get; init; }

    /// <summary>The plan's objective in discounted value units (see <see cref="Planning.PlanningResult.Objective"/>).</summary>
    public double PlanObjective { get; init; }

    /// <summary>The proven upper bound on the plan's objective.</summary>
    public double Bound { get; init; }

    /// <summary>The first and last planning year (the same year for a one-year plan).</summary>
    public int FirstYear { get; init; }

    /// <summary>The last planning year.</summary>
    public int LastYear { get; init; }
}
