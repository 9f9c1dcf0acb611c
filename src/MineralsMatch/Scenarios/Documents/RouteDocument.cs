namespace MineralsMatch.Scenarios.Documents;

/// <summary>A route as written.</summary>
internal sealed class RouteDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<string?>? Tags { get; init; }

    public QuantityDocument? MaxAnnualVolume { get; init; }

    public QuantityDocument? SharedAnnualCapacity { get; init; }

    public required IReadOnlyList<LegDocument> Legs { get; init; }
}
