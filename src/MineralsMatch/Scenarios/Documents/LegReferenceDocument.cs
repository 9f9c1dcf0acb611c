namespace MineralsMatch.Scenarios.Documents;

/// <summary>A leg named by the hubs it joins, as written.</summary>
internal sealed class LegReferenceDocument
{
    public required string From { get; init; }

    public required string To { get; init; }
}
