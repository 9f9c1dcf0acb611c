using MineralsMatch.Markets;
using MineralsMatch.Matching;

namespace MineralsMatch.Backtesting;

/// <summary>
/// The default <see cref="IBacktester"/>: one engine run, then each reference deal compared with the proposals from its
/// supplier to its buyer for its product (all the offers and requirements of those parties count, their volumes added up).
/// </summary>
/// <remarks>
/// A deal is <see cref="DealVerdict.Recovered"/> when the proposed volume is within <see cref="VolumeTolerance"/> of the
/// reference and the first proposed year within <see cref="StartYearTolerance"/> of its start; <see cref="DealVerdict.Partly"/>
/// when there is a proposal but it is further off; <see cref="DealVerdict.Missed"/> when there is none. The engine never
/// sees the reference deals, so a recovered deal is reproduced from the market's offers, requirements and routes alone.
/// </remarks>
/// <param name="engine">The engine to run.</param>
public sealed class Backtester(IMatchingEngine engine) : IBacktester
{
    /// <summary>The largest relative difference in annual volume a recovered deal may have: 0.15 (±15 %).</summary>
    public const decimal VolumeTolerance = 0.15m;

    /// <summary>The most years a recovered deal's first proposed year may differ from the reference start: 1.</summary>
    public const int StartYearTolerance = 1;

    private readonly IMatchingEngine _engine = engine ?? throw new ArgumentNullException(nameof(engine));

    /// <inheritdoc />
    public BacktestResult Run(Market market, MatchingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(market);
        var result = _engine.Match(market, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return new BacktestResult
        {
            Market = market.Name,
            Deals = [.. market.ReferenceDeals.Select(deal => DealComparison.Compare(deal, market, result))],
            Match = result,
        };
    }
}
