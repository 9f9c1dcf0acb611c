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

    /// <summary>The first delivery year the plan chose, or <see langword="null"/> to let the policy choose (one-year plans).</summary>
    public int? StartYear { get; init; }

    /// <summary>The tenor in years the plan chose, or <see langword="null"/> to let the policy choose (one-year plans).</summary>
    public int? TenorYears { get; init; }

    /// <summary>The quarter of the first delivery year in which deliveries begin, 1 to 4; 1 by default.</summary>
    public int StartQuarter { get; init; } = 1;

    /// <summary>
    /// Per delivery year from <see cref="StartYear"/>, the planned delivery (a part-year counts only its quarters);
    /// empty (the default) means <see cref="AnnualVolume"/> in every year of the tenor.
    /// </summary>
    public IReadOnlyList<Quantity> YearlyDeliveries { get; init => field = Collections.ValueList<Quantity>.From(value); } = Collections.ValueList<Quantity>.Empty;

    /// <summary>The pair's competitive rents from the allocation's dual, or <see langword="null"/> when the caller has none (then every policy prices by the pair split).</summary>
    public CompetitiveRents? Rents { get; init; }

    /// <summary>The run's options.</summary>
    public required MatchingOptions Options { get; init; }
}
