namespace MineralsMatch.Matching;

/// <summary>
/// The proof that a stable plan is stable, and what stability costs: every offer–requirement pair was checked for a blocking
/// trade (both sides strictly better off trading more with each other, within capacities, share caps and route limits).
/// </summary>
public sealed record StabilityCertificate
{
    /// <summary>The offer–requirement pairs checked (every candidate link of the representative year).</summary>
    public required int PairsChecked { get; init; }

    /// <summary>The pairs found blocking; 0 for a stable plan.</summary>
    public required int BlockingPairs { get; init; }

    /// <summary>The total value per year of the stable plan, in USD.</summary>
    public required decimal StableValue { get; init; }

    /// <summary>The total value per year of the value-maximising plan of the same year, in USD.</summary>
    public required decimal OptimalValue { get; init; }

    /// <summary>The price of stability: <see cref="StableValue"/> / <see cref="OptimalValue"/>, 0 to 1 (1 when the optimal value is 0).</summary>
    public decimal PriceOfStability => OptimalValue <= 0m ? 1m : decimal.Round(StableValue / OptimalValue, 6);
}
