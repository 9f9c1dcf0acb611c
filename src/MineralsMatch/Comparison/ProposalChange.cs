using MineralsMatch.Collections;

namespace MineralsMatch.Comparison;

/// <summary>A contract proposed in both results (same offer and requirement) whose terms differ.</summary>
public sealed record ProposalChange
{
    /// <summary>The proposal in the baseline.</summary>
    public required ProposalSnapshot Before { get; init; }

    /// <summary>The proposal in the variant.</summary>
    public required ProposalSnapshot After { get; init; }

    /// <summary>What changed, in this order: <c>volume</c>, <c>price</c>, <c>route</c>, <c>start</c>, <c>tenor</c>.</summary>
    public IReadOnlyList<string> Changes { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;
}
