namespace MineralsMatch.Scenarios.Documents;

/// <summary>A product as written inside its mineral (no <c>mineral</c> key: the parent says it).</summary>
internal sealed class ProductDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Form { get; init; }

    public required string PricingUnit { get; init; }

    public string? PriceBasis { get; init; }

    public decimal? Content { get; init; }

    public string? HsCode { get; init; }

    public string? Cas { get; init; }

    public IReadOnlyList<CitationDocument>? Citations { get; init; }
}
