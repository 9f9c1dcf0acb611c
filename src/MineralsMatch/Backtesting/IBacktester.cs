using MineralsMatch.Markets;
using MineralsMatch.Matching;

namespace MineralsMatch.Backtesting;

/// <summary>Runs the engine on a market and checks its proposals against the contracts known to have been signed (<see cref="Market.ReferenceDeals"/>).</summary>
/// <example>
/// <code>
/// var backtester = provider.GetRequiredService&lt;IBacktester&gt;();
/// BacktestResult backtest = backtester.Run(MarketScenarios.JapanKazakhstan());
/// foreach (var deal in backtest.Deals)
///     Console.WriteLine($"{deal.Deal.Id}: {deal.Verdict} - {deal.Reason}");
/// </code>
/// </example>
public interface IBacktester
{
    /// <summary>Matches <paramref name="market"/> and gives a verdict on each of its reference deals.</summary>
    /// <param name="market">The market, with its reference deals.</param>
    /// <param name="options">The matching options; <see langword="null"/> for the engine's defaults.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The verdicts, in the order of the market's reference deals, and the match result they were taken from.</returns>
    /// <exception cref="MineralsMatchValidationException">The market or options are invalid.</exception>
    BacktestResult Run(Market market, MatchingOptions? options = null, CancellationToken cancellationToken = default);
}
