using MineralsMatch.Collections;

namespace MineralsMatch.Stress;

/// <summary>The baseline plan of a market and, per stress test, the shocked plan and the comparison; optionally the supply risk.</summary>
public sealed record StressReport
{
    /// <summary>The plan of the market as given.</summary>
    public required MatchResult Baseline { get; init; }

    /// <summary>One outcome per shock set, ordered by the set's name.</summary>
    public IReadOnlyList<StressOutcome> Outcomes { get; init => field = ValueList<StressOutcome>.From(value); } = ValueList<StressOutcome>.Empty;

    /// <summary>The Monte Carlo supply risk, when samples were asked for.</summary>
    public Risk.SupplyRisk? Risk { get; init; }
}
