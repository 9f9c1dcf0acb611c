namespace MineralsMatch.Scenarios.Documents;

/// <summary>An HS code as written.</summary>
internal sealed class HsCodeDocument
{
    public required string Code { get; init; }

    public string? Description { get; init; }

    public required bool Confirmed { get; init; }
}
