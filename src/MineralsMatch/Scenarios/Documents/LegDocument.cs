namespace MineralsMatch.Scenarios.Documents;

/// <summary>A route leg as written.</summary>
internal sealed class LegDocument
{
    public required string From { get; init; }

    public required string To { get; init; }

    public required string Mode { get; init; }

    public required decimal CostPerTonne { get; init; }

    public required int Days { get; init; }

    public decimal? Risk { get; init; }

    public string? TransitCountry { get; init; }
}
