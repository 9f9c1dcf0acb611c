namespace MineralsMatch.Scenarios.Documents;

/// <summary>A price as written: <c>{ "usd": 230, "per": "kg" }</c>.</summary>
internal sealed class PriceDocument
{
    public required decimal Usd { get; init; }

    public required string Per { get; init; }
}
