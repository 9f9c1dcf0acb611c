using MineralsMatch.Collections;

namespace MineralsMatch.Risk;

/// <summary>The distribution of a mineral's coverage over the samples.</summary>
public sealed record MineralRisk
{
    /// <summary>The number of histogram bins: tenths of coverage, the last holding 90 % to 100 % inclusive.</summary>
    public const int Bins = 10;

    /// <summary>The mineral id.</summary>
    public required string Mineral { get; init; }

    /// <summary>Coverage in the unshocked plan, 0 to 1.</summary>
    public required decimal Baseline { get; init; }

    /// <summary>The 5th percentile of coverage (nearest rank), 0 to 1.</summary>
    public required decimal P5 { get; init; }

    /// <summary>The median coverage, 0 to 1.</summary>
    public required decimal P50 { get; init; }

    /// <summary>The 95th percentile of coverage, 0 to 1.</summary>
    public required decimal P95 { get; init; }

    /// <summary>How many samples fall in each tenth of coverage (<see cref="Bins"/> counts).</summary>
    public IReadOnlyList<int> Histogram { get; init => field = ValueList<int>.From(value); } = ValueList<int>.Empty;
}
