namespace MineralsMatch.Scenarios.Documents;

/// <summary>A catalog file as written.</summary>
internal sealed class CatalogDocument
{
    public required int SchemaVersion { get; init; }

    public IReadOnlyList<SourceDocument>? Sources { get; init; }

    public IReadOnlyList<MineralDocument>? Minerals { get; init; }

    public IReadOnlyList<ListDocument>? Lists { get; init; }

    public IReadOnlyList<ProductionDocument>? Production { get; init; }

    public IReadOnlyList<PartyDocument>? Parties { get; init; }
}
