namespace MineralsMatch.Scenarios.Documents;

/// <summary>One country's share of a baseline import mix as written: <c>{ "country": "CN", "share": 0.57 }</c>.</summary>
internal sealed class CountryShareDocument
{
    public required string Country { get; init; }

    public required decimal Share { get; init; }
}
