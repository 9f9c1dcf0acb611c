using MineralsMatch.Minerals;

namespace MineralsMatch.Risk;

/// <summary>A requirement's supply risk over the samples.</summary>
public sealed record RequirementRisk
{
    /// <summary>The requirement id.</summary>
    public required string Requirement { get; init; }

    /// <summary>The buyer.</summary>
    public required string Buyer { get; init; }

    /// <summary>The product.</summary>
    public required string Product { get; init; }

    /// <summary>The annual volume met in the unshocked plan.</summary>
    public required Quantity BaselineMet { get; init; }

    /// <summary>The share of samples in which the requirement gets less than in the unshocked plan, 0 to 1.</summary>
    public required decimal ShortfallProbability { get; init; }

    /// <summary>The mean annual volume unmet over the samples (to 0.001 of the unit).</summary>
    public required Quantity ExpectedUnmet { get; init; }
}
