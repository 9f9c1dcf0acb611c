using MineralsMatch.Collections;

namespace MineralsMatch.Minerals;

/// <summary>A named list of minerals, such as <c>japan-32</c>: data, so users can add or change lists.</summary>
public sealed record CriticalityList
{
    /// <summary>The list id, e.g. <c>japan-32</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A display name.</summary>
    public required string Name { get; init; }

    /// <summary>What the list is and how it was read from its sources.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the membership is a reading of the sources rather than a list they print.</summary>
    public bool Inferred { get; init; }

    /// <summary>The member mineral ids.</summary>
    public IReadOnlyList<string> Members { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The sources of the list.</summary>
    public IReadOnlyList<Citation> Citations { get; init => field = ValueList<Citation>.From(value); } = ValueList<Citation>.Empty;
}
