using MineralsMatch.Collections;
using MineralsMatch.Parties;

namespace MineralsMatch.Minerals;

/// <summary>
/// The content of a catalog or of catalog additions: sources, minerals with their products, lists,
/// production records and reference parties. This is what a JSON catalog file holds.
/// </summary>
public sealed record CatalogContent
{
    /// <summary>An empty content.</summary>
    public static CatalogContent Empty { get; } = new();

    /// <summary>The sources that citations refer to.</summary>
    public IReadOnlyList<Source> Sources { get; init => field = ValueList<Source>.From(value); } = ValueList<Source>.Empty;

    /// <summary>The minerals, each with its products.</summary>
    public IReadOnlyList<Mineral> Minerals { get; init => field = ValueList<Mineral>.From(value); } = ValueList<Mineral>.Empty;

    /// <summary>The criticality lists, or additional members of existing lists (same id).</summary>
    public IReadOnlyList<CriticalityList> Lists { get; init => field = ValueList<CriticalityList>.From(value); } = ValueList<CriticalityList>.Empty;

    /// <summary>Production records by country.</summary>
    public IReadOnlyList<ProductionRecord> Production { get; init => field = ValueList<ProductionRecord>.From(value); } = ValueList<ProductionRecord>.Empty;

    /// <summary>Reference parties (producers, buyers, agencies).</summary>
    public IReadOnlyList<Party> Parties { get; init => field = ValueList<Party>.From(value); } = ValueList<Party>.Empty;

    /// <summary>Whether the content holds nothing.</summary>
    public bool IsEmpty => Sources.Count == 0 && Minerals.Count == 0 && Lists.Count == 0 && Production.Count == 0 && Parties.Count == 0;
}
