using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Parties;

/// <summary>A company or agency that produces, buys or trades minerals.</summary>
public sealed record Party
{
    /// <summary>The party id, a lowercase slug (e.g. <c>tau-ken-samruk</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The country, ISO 3166-1 alpha-2 (e.g. <c>KZ</c>, <c>JP</c>).</summary>
    public required string Country { get; init; }

    /// <summary>What the party does.</summary>
    public required PartyRoles Roles { get; init; }

    /// <summary>Ids of the minerals it produces.</summary>
    public IReadOnlyList<string> Produces { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Ids of the minerals it buys.</summary>
    public IReadOnlyList<string> Buys { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>A free note.</summary>
    public string? Note { get; init; }

    /// <summary>The sources of the facts about this party.</summary>
    public IReadOnlyList<Citation> Citations { get; init => field = ValueList<Citation>.From(value); } = ValueList<Citation>.Empty;
}
