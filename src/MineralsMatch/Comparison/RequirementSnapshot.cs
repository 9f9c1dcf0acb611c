using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Comparison;

/// <summary>What a comparison reads of a requirement's outcome.</summary>
public sealed record RequirementSnapshot
{
    /// <summary>The requirement id.</summary>
    public required string Requirement { get; init; }

    /// <summary>The buyer party id.</summary>
    public required string Buyer { get; init; }

    /// <summary>The product id.</summary>
    public required string Product { get; init; }

    /// <summary>The mineral id.</summary>
    public required string Mineral { get; init; }

    /// <summary>The annual volume wanted.</summary>
    public required Quantity Target { get; init; }

    /// <summary>The annual volume met.</summary>
    public required Quantity Met { get; init; }

    /// <summary>The annual volume unmet.</summary>
    public required Quantity Unmet { get; init; }

    /// <summary>The reasons, each written <c>kind: message</c>.</summary>
    public IReadOnlyList<string> Reasons { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;
}
