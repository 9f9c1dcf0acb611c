using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Allocation;

/// <summary>What the allocation stage hands on: the final problem and result, the links it holds, and the links dropped below a minimum volume.</summary>
internal sealed record AllocationOutcome(
    AllocationProblem Problem,
    AllocationResult Result,
    ScoredCandidates Links,
    IReadOnlyList<(ScoredCandidate Candidate, long Steps)> Dropped,
    decimal VolumeResolution)
{
    /// <summary>
    /// The allocation solver's own optimal result of <see cref="Problem"/> (before <see cref="Result"/>'s flows were set to the
    /// plan's), when it came from the solver the pricing stage uses; <see langword="null"/> otherwise. The pricing stage reads the
    /// duals from it instead of solving the same network again.
    /// </summary>
    public AllocationResult? Solved { get; init; }

    /// <summary>The annual volume of link <paramref name="k"/> in the product's pricing unit.</summary>
    public decimal Volume(int k) => Collections.Decimals.Normalize(Result.Flows[k] * VolumeResolution);

    /// <summary>Converts a shadow value per step into USD per pricing unit.</summary>
    public decimal ShadowPrice(long valuePerStep, MatchingOptions options) =>
        decimal.Round(valuePerStep * options.ValueResolution / VolumeResolution, 6);
}
