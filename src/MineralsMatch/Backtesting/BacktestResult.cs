using MineralsMatch.Collections;

namespace MineralsMatch.Backtesting;

/// <summary>The outcome of a backtest: one verdict per reference deal and the match result they were taken from.</summary>
public sealed record BacktestResult
{
    /// <summary>The market's name.</summary>
    public required string Market { get; init; }

    /// <summary>One verdict per reference deal, in the market's order.</summary>
    public IReadOnlyList<BacktestDeal> Deals { get; init => field = ValueList<BacktestDeal>.From(value); } = ValueList<BacktestDeal>.Empty;

    /// <summary>The engine's result on the market.</summary>
    public required MatchResult Match { get; init; }

    /// <summary>How many deals have <paramref name="verdict"/>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The count.</returns>
    public int Count(DealVerdict verdict) => Deals.Count(d => d.Verdict == verdict);
}
