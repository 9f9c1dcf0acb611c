namespace MineralsMatch.Stress;

/// <summary>One stress test's result: the shocked market's plan and how it differs from the baseline.</summary>
/// <param name="Set">The shocks.</param>
/// <param name="Result">The plan of the shocked market.</param>
/// <param name="Comparison">Baseline → shocked.</param>
public sealed record StressOutcome(ShockSet Set, MatchResult Result, Comparison.ScenarioComparison Comparison);
