namespace MineralsMatch.Scenarios.Documents;

/// <summary>A party as written; roles are an array of role names.</summary>
internal sealed class PartyDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Country { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public IReadOnlyList<string>? Produces { get; init; }

    public IReadOnlyList<string>? Buys { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<CitationDocument>? Citations { get; init; }
}
