namespace MineralsMatch.Scenarios.Documents;

/// <summary>A reference deal as written.</summary>
internal sealed class ReferenceDealDocument
{
    public required string Id { get; init; }

    public required string Supplier { get; init; }

    public required string Buyer { get; init; }

    public required string Product { get; init; }

    public required QuantityDocument AnnualVolume { get; init; }

    public required int StartYear { get; init; }

    public int? TenorYears { get; init; }

    public required string Source { get; init; }

    public string? Note { get; init; }
}
