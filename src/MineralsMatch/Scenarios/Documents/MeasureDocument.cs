namespace MineralsMatch.Scenarios.Documents;

/// <summary>A trade measure as written.</summary>
internal sealed class MeasureDocument
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Issuer { get; init; }

    public IReadOnlyList<string?>? Products { get; init; }

    public IReadOnlyList<string?>? Offers { get; init; }

    public IReadOnlyList<string?>? Destinations { get; init; }

    public IReadOnlyList<string>? EndUses { get; init; }

    public IReadOnlyList<string?>? TransitCountries { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public decimal? DutyPercent { get; init; }

    public int? LicenceDelayDays { get; init; }

    public decimal? Probability { get; init; }

    public string? Marketer { get; init; }

    public IReadOnlyList<string?>? PriorityCountries { get; init; }

    public required string Source { get; init; }

    public bool? Estimate { get; init; }

    public string? Note { get; init; }
}
