namespace MineralsMatch.Logistics;

/// <summary>One leg of a route between two hubs.</summary>
public sealed record RouteLeg
{
    /// <summary>The hub the leg starts at.</summary>
    public required string From { get; init; }

    /// <summary>The hub the leg ends at.</summary>
    public required string To { get; init; }

    /// <summary>How the leg is travelled.</summary>
    public required TransportMode Mode { get; init; }

    /// <summary>The freight and handling cost in USD per gross tonne.</summary>
    public required decimal CostPerTonne { get; init; }

    /// <summary>The transit time in days.</summary>
    public required int Days { get; init; }

    /// <summary>The risk of disruption on the leg, from 0 (none) to 1 (certain).</summary>
    public decimal Risk { get; init; }

    /// <summary>The country the leg runs through (ISO alpha-2), or <see langword="null"/> for open sea.</summary>
    public string? TransitCountry { get; init; }
}
