namespace MineralsMatch.Scenarios.Documents;

/// <summary>A volume by year as written: <c>{ "startQuarter": 3, "years": [ { "year": 2026, "amount": 12 } ] }</c>.</summary>
internal sealed class ProfileDocument
{
    public int? StartQuarter { get; init; }

    public required IReadOnlyList<YearAmountDocument?> Years { get; init; }
}
