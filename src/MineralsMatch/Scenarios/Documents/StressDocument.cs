namespace MineralsMatch.Scenarios.Documents;

/// <summary>A named shock set of the stress section, as written.</summary>
internal sealed class StressDocument
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public decimal? Probability { get; init; }

    public string? Source { get; init; }

    public bool? Estimate { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<ShockDocument?> Shocks { get; init; }
}
