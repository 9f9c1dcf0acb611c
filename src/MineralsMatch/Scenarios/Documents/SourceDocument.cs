namespace MineralsMatch.Scenarios.Documents;

/// <summary>A source as written.</summary>
internal sealed class SourceDocument
{
    public required string Key { get; init; }

    public required string Title { get; init; }

    public string? Publisher { get; init; }

    public string? Date { get; init; }

    public string? Url { get; init; }
}
