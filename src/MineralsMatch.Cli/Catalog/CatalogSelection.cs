using MineralsMatch.Minerals;

namespace MineralsMatch.Cli.Catalog;

/// <summary>The minerals chosen by <c>catalog --list ID --produced-in CC</c>, with the filters that chose them.</summary>
internal sealed record CatalogSelection
{
    /// <summary>The criticality list filter, or <see langword="null"/>.</summary>
    public string? List { get; init; }

    /// <summary>The production country filter (upper case), or <see langword="null"/>.</summary>
    public string? ProducedIn { get; init; }

    /// <summary>The selected minerals, ordered by id.</summary>
    public required IReadOnlyList<Mineral> Minerals { get; init; }

    /// <summary>The catalog they come from.</summary>
    public required IMineralCatalog Catalog { get; init; }
}
