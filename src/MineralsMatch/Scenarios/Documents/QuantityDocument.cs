namespace MineralsMatch.Scenarios.Documents;

/// <summary>A quantity as written: <c>{ "amount": 12000, "unit": "kg" }</c>.</summary>
internal sealed class QuantityDocument
{
    public required decimal Amount { get; init; }

    public required string Unit { get; init; }
}
