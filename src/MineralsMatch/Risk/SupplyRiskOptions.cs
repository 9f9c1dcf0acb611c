namespace MineralsMatch.Risk;

/// <summary>How a Monte Carlo supply-risk run samples.</summary>
public sealed record SupplyRiskOptions
{
    /// <summary>The most samples a run takes.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>The number of samples, 1 to <see cref="MaxSamples"/>; 1 000 by default.</summary>
    public int Samples { get; init; } = 1000;

    /// <summary>The seed: the same seed gives the same numbers, whatever the thread count.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>How many plans run at once; the processor count by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
