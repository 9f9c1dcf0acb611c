using MineralsMatch.Matching.Scoring;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Terms;

/// <summary>A candidate the allocation gave volume to, ready to be turned into a contract.</summary>
public sealed record AllocatedCandidate
{
    /// <summary>The scored candidate.</summary>
    public required ScoredCandidate Candidate { get; init; }

    /// <summary>The annual volume allocated, in the product's pricing unit.</summary>
    public required Quantity AnnualVolume { get; init; }

    /// <summary>What limits the volume (e.g. <c>the offer's capacity</c>), in words.</summary>
    public required string VolumeLimit { get; init; }

    /// <summary>The run's options.</summary>
    public required MatchingOptions Options { get; init; }
}
