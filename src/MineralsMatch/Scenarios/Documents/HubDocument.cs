namespace MineralsMatch.Scenarios.Documents;

/// <summary>A hub as written.</summary>
internal sealed class HubDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Country { get; init; }

    public required string Kind { get; init; }
}
