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
}
