namespace MineralsMatch.Scenarios.Documents;

/// <summary>The <c>catalog</c> object of a scenario file: a catalog file's content without its schema version.</summary>
internal sealed class CatalogAdditionsDocument
{
    public IReadOnlyList<SourceDocument>? Sources { get; init; }

    public IReadOnlyList<MineralDocument>? Minerals { get; init; }

    public IReadOnlyList<ListDocument>? Lists { get; init; }

    public IReadOnlyList<ProductionDocument>? Production { get; init; }

    public IReadOnlyList<PartyDocument>? Parties { get; init; }
}
