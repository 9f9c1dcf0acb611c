namespace MineralsMatch.Scenarios.Documents;

/// <summary>The <c>options</c> object of a scenario file; every key optional.</summary>
internal sealed class OptionsDocument
{
    public string? Objective { get; init; }

    public string? Pricing { get; init; }

    public decimal? BargainingShare { get; init; }

    public decimal? VolumeFlexibility { get; init; }

    public decimal? RiskAversion { get; init; }

    public decimal? PriorityPremiumPerLevel { get; init; }

    public int? IndexLinkedFromYears { get; init; }

    public decimal? VolumeResolution { get; init; }

    public decimal? ValueResolution { get; init; }

    public WindowDocument? Horizon { get; init; }

    public decimal? DiscountRate { get; init; }
}
