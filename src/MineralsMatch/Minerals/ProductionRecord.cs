using MineralsMatch.Collections;

namespace MineralsMatch.Minerals;

/// <summary>That a country produces (or produced, or will produce) a mineral, by whom and where.</summary>
public sealed record ProductionRecord
{
    /// <summary>The mineral id.</summary>
    public required string Mineral { get; init; }

    /// <summary>The producing country, ISO 3166-1 alpha-2 (e.g. <c>KZ</c>).</summary>
    public required string Country { get; init; }

    /// <summary>Current, planned or past.</summary>
    public required ProductionStatus Status { get; init; }

    /// <summary>Ids of the producing parties.</summary>
    public IReadOnlyList<string> Producers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Mines, plants or deposits.</summary>
    public IReadOnlyList<string> Sites { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>A free note (capacity, dates).</summary>
    public string? Note { get; init; }

    /// <summary>The sources of the record.</summary>
    public IReadOnlyList<Citation> Citations { get; init => field = ValueList<Citation>.From(value); } = ValueList<Citation>.Empty;
}
