namespace MineralsMatch.Scenarios.Documents;

/// <summary>A tenor range as written.</summary>
internal sealed class TenorDocument
{
    public required int MinYears { get; init; }

    public required int MaxYears { get; init; }
}
