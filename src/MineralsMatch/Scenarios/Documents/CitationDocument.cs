namespace MineralsMatch.Scenarios.Documents;

/// <summary>A citation as written.</summary>
internal sealed class CitationDocument
{
    public required string Source { get; init; }

    public required string Supports { get; init; }

    public bool? Inferred { get; init; }
}
