namespace MineralsMatch.Scenarios.Documents;

/// <summary>A baseline import mix as written.</summary>
internal sealed class BaselineImportsDocument
{
    public required string Mineral { get; init; }

    public required string Importer { get; init; }

    public required int Year { get; init; }

    public required QuantityDocument Quantity { get; init; }

    public required IReadOnlyList<CountryShareDocument> Shares { get; init; }

    public required string Source { get; init; }

    public bool? Estimate { get; init; }

    public string? Note { get; init; }
}
