using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Planning;

/// <summary>What the planning stage hands on: the problem, the plan, the link each candidate is, the signed contract per link, and the representative-year allocation explanations read.</summary>
/// <param name="Problem">The planning problem.</param>
/// <param name="Result">The plan.</param>
/// <param name="Links">Per link index, its scored candidate.</param>
/// <param name="Signed">Per link index, the signed contract's index, or −1.</param>
/// <param name="Explanation">The representative one-year allocation, with each link's flow set to its planned annual volume.</param>
/// <param name="Scale">The run's volume and value scale.</param>
internal sealed record PlanningOutcome(
    PlanningProblem Problem,
    PlanningResult Result,
    ScoredCandidates Links,
    IReadOnlyList<int> Signed,
    AllocationOutcome Explanation,
    PlanScale Scale)
{
    /// <summary>The stability certificate when the objective is <see cref="MatchObjective.Stable"/>.</summary>
    public StabilityCertificate? Stability { get; init; }

    /// <summary>Whether the plan covers one representative year (no planning horizon).</summary>
    public bool OneYear { get; } = Problem.Years == 1 && Problem.Table.AllOneWholeYear;
}
