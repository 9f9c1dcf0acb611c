namespace MineralsMatch.Scenarios.Documents;

/// <summary>A supply offer as written.</summary>
internal sealed class OfferDocument
{
    public required string Id { get; init; }

    public required string Producer { get; init; }

    public required string Product { get; init; }

    public GradeDocument? Grade { get; init; }

    public required QuantityDocument AnnualVolume { get; init; }

    public ProfileDocument? CapacityByYear { get; init; }

    public QuantityDocument? MinAnnualVolume { get; init; }

    public required WindowDocument Window { get; init; }

    public required TenorDocument Tenor { get; init; }

    public required PriceDocument Ask { get; init; }

    public required string OriginHub { get; init; }

    public IReadOnlyList<string>? Incoterms { get; init; }

    public IReadOnlyList<string>? ExcludedBuyers { get; init; }

    public IReadOnlyList<string>? ExcludedCountries { get; init; }

    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }

    public string? Note { get; init; }
}
