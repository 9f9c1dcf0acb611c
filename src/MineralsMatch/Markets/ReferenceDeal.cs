using MineralsMatch.Minerals;

namespace MineralsMatch.Markets;

/// <summary>A contract known to have been signed in the market, kept to check the engine against: who sells what to whom, how much, from when, and the source.</summary>
/// <remarks>
/// The engine does not read reference deals; a backtest (<see cref="Backtesting.IBacktester"/>) matches the market and
/// compares the proposals with them. The volume is the contracted annual volume, in any unit of the product's kind.
/// </remarks>
public sealed record ReferenceDeal
{
    /// <summary>The deal id, unique in the market.</summary>
    public required string Id { get; init; }

    /// <summary>The selling party's id.</summary>
    public required string Supplier { get; init; }

    /// <summary>The buying party's id.</summary>
    public required string Buyer { get; init; }

    /// <summary>The product id.</summary>
    public required string Product { get; init; }

    /// <summary>The contracted volume per year (an average where the source gives one).</summary>
    public required Quantity AnnualVolume { get; init; }

    /// <summary>The first delivery year.</summary>
    public required int StartYear { get; init; }

    /// <summary>The length in years, or <see langword="null"/> when the source does not give it.</summary>
    public int? TenorYears { get; init; }

    /// <summary>The key of the source (in the catalog or the market's catalog additions) that reports the deal.</summary>
    public required string Source { get; init; }

    /// <summary>A free note: what the source says exactly and what is read into it.</summary>
    public string? Note { get; init; }
}
