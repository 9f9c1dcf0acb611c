namespace MineralsMatch.Scenarios.Documents;

/// <summary>A production record as written.</summary>
internal sealed class ProductionDocument
{
    public required string Mineral { get; init; }

    public required string Country { get; init; }

    public required string Status { get; init; }

    public IReadOnlyList<string>? Producers { get; init; }

    public IReadOnlyList<string>? Sites { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<CitationDocument>? Citations { get; init; }
}
