using MineralsMatch.Minerals;

namespace MineralsMatch.Comparison;

/// <summary>How much of a requirement is met before and after, and why it changed.</summary>
public sealed record RequirementChange
{
    /// <summary>The requirement id.</summary>
    public required string Requirement { get; init; }

    /// <summary>The buyer.</summary>
    public required string Buyer { get; init; }

    /// <summary>The product.</summary>
    public required string Product { get; init; }

    /// <summary>The mineral.</summary>
    public required string Mineral { get; init; }

    /// <summary>The annual volume met in the baseline.</summary>
    public required Quantity MetBefore { get; init; }

    /// <summary>The annual volume met in the variant.</summary>
    public required Quantity MetAfter { get; init; }

    /// <summary>The annual volume unmet in the baseline.</summary>
    public required Quantity UnmetBefore { get; init; }

    /// <summary>The annual volume unmet in the variant.</summary>
    public required Quantity UnmetAfter { get; init; }

    /// <summary>Met after less met before (negative when supply is lost).</summary>
    public Quantity MetChange => MetAfter - MetBefore;

    /// <summary>Why: the variant's first reason that the baseline did not give (else its first reason), or the proposals that moved.</summary>
    public required string Reason { get; init; }
}
