namespace MineralsMatch.Scenarios.Documents;

/// <summary>A delivery window as written.</summary>
internal sealed class WindowDocument
{
    public required int FirstYear { get; init; }

    public required int LastYear { get; init; }
}
