namespace MineralsMatch.Scenarios.Documents;

/// <summary>A mineral as written, with its products nested.</summary>
internal sealed class MineralDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Symbol { get; init; }

    public required string Group { get; init; }

    public IReadOnlyList<HsCodeDocument>? HsCodes { get; init; }

    public string? Cas { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<CitationDocument>? Citations { get; init; }

    public IReadOnlyList<ProductDocument>? Products { get; init; }
}
