namespace MineralsMatch.Scenarios.Documents;

/// <summary>A criticality list as written.</summary>
internal sealed class ListDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public bool? Inferred { get; init; }

    public IReadOnlyList<string>? Members { get; init; }

    public IReadOnlyList<CitationDocument>? Citations { get; init; }
}
