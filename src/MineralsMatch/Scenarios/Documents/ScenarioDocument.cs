namespace MineralsMatch.Scenarios.Documents;

/// <summary>A scenario file as written: one market with its catalog additions and options.</summary>
internal sealed class ScenarioDocument
{
    public required int SchemaVersion { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public CatalogAdditionsDocument? Catalog { get; init; }

    public OptionsDocument? Options { get; init; }

    public IReadOnlyList<PartyDocument>? Parties { get; init; }

    public IReadOnlyList<HubDocument>? Hubs { get; init; }

    public IReadOnlyList<RouteDocument>? Routes { get; init; }

    public IReadOnlyList<OfferDocument>? Offers { get; init; }

    public IReadOnlyList<RequirementDocument>? Requirements { get; init; }

    public IReadOnlyList<ReferenceDealDocument>? ReferenceDeals { get; init; }

    public IReadOnlyList<MeasureDocument>? Policies { get; init; }

    public IReadOnlyList<BaselineImportsDocument>? BaselineImports { get; init; }
    public IReadOnlyList<StressDocument?>? Stress { get; init; }
}
