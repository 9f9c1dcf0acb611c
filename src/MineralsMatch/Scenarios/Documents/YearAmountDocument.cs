namespace MineralsMatch.Scenarios.Documents;

/// <summary>One entry of a volume by year as written: <c>{ "year": 2028, "amount": 15 }</c>.</summary>
internal sealed class YearAmountDocument
{
    public required int Year { get; init; }

    public required decimal Amount { get; init; }
}
