namespace MineralsMatch.Scenarios.Documents;

/// <summary>A requirement as written.</summary>
internal sealed class RequirementDocument
{
    public required string Id { get; init; }

    public required string Buyer { get; init; }

    public required string Product { get; init; }

    public GradeDocument? Spec { get; init; }

    public required QuantityDocument AnnualVolume { get; init; }

    public ProfileDocument? DemandByYear { get; init; }

    public QuantityDocument? MinAnnualVolume { get; init; }

    public required WindowDocument Window { get; init; }

    public required TenorDocument Tenor { get; init; }

    public required PriceDocument Bid { get; init; }

    public required string DestinationHub { get; init; }

    public int? Priority { get; init; }

    public string? EndUse { get; init; }

    public decimal? MaxShareFromSupplier { get; init; }

    public decimal? MaxShareFromCountry { get; init; }

    public IReadOnlyList<string>? Incoterms { get; init; }

    public IReadOnlyList<string>? ExcludedRoutes { get; init; }

    public IReadOnlyList<string>? ExcludedTransitCountries { get; init; }

    public IReadOnlyList<string>? ExcludedOriginCountries { get; init; }

    public IReadOnlyList<string>? ExcludedSuppliers { get; init; }

    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }

    public string? Note { get; init; }
}
