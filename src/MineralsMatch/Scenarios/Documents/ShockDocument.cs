namespace MineralsMatch.Scenarios.Documents;

/// <summary>One shock as written; which keys apply depends on <see cref="Kind"/>.</summary>
internal sealed class ShockDocument
{
    public required string Kind { get; init; }

    public IReadOnlyList<string?>? Routes { get; init; }

    public IReadOnlyList<LegReferenceDocument?>? Legs { get; init; }

    public IReadOnlyList<string?>? Hubs { get; init; }

    public IReadOnlyList<string?>? Tags { get; init; }

    public MeasureDocument? Measure { get; init; }

    public IReadOnlyList<string?>? Offers { get; init; }

    public IReadOnlyList<string?>? Producers { get; init; }

    public IReadOnlyList<string?>? Countries { get; init; }

    public IReadOnlyList<string?>? Requirements { get; init; }

    public IReadOnlyList<string?>? Buyers { get; init; }

    public IReadOnlyList<string?>? Products { get; init; }

    public string? Side { get; init; }

    public IReadOnlyList<string?>? Modes { get; init; }

    public decimal? ChangePercent { get; init; }

    public int? DelayQuarters { get; init; }
}
