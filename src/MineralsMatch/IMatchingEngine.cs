using MineralsMatch.Matching;

namespace MineralsMatch;

/// <summary>Proposes long-term supply contracts for a market: candidates → scoring → allocation → terms → explanations.</summary>
/// <remarks>Implementations are thread-safe and keep no state between calls.</remarks>
/// <example>
/// <code>
/// var services = new ServiceCollection().AddMineralsMatch().BuildServiceProvider();
/// var engine = services.GetRequiredService&lt;IMatchingEngine&gt;();
/// MatchResult result = engine.Match(MarketScenarios.JapanKazakhstan());
/// foreach (var p in result.Proposals)
///     Console.WriteLine($"{p.Supplier} → {p.Buyer}: {p.AnnualVolume}/yr from {p.StartYear} for {p.TenorYears} years via {p.Route}");
/// </code>
/// </example>
public interface IMatchingEngine
{
    /// <summary>Matches the market's offers with its requirements.</summary>
    /// <param name="market">The market.</param>
    /// <param name="options">Settings for this run; <see langword="null"/> uses the configured defaults.</param>
    /// <param name="cancellationToken">Cancels a run: checked before validation and in every stage (candidates, scoring, planning, terms, explanations), so a cancelled run throws <see cref="OperationCanceledException"/> promptly.</param>
    /// <returns>The proposals with explanations; an empty or infeasible market gives a result, not an exception.</returns>
    /// <exception cref="MineralsMatchValidationException">The market or the options are invalid; every error is listed.</exception>
    MatchResult Match(Markets.Market market, MatchingOptions? options, CancellationToken cancellationToken);

    /// <summary>Matches the market's offers with its requirements, reporting each stage as it starts.</summary>
    /// <param name="market">The market.</param>
    /// <param name="options">Settings for this run; <see langword="null"/> uses the configured defaults.</param>
    /// <param name="progress">Receives a <see cref="MatchProgress"/> as each stage starts, in <see cref="MatchStage"/> order; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the run, as for <see cref="Match(Markets.Market, MatchingOptions?, CancellationToken)"/>.</param>
    /// <returns>The proposals with explanations.</returns>
    /// <exception cref="MineralsMatchValidationException">The market or the options are invalid; every error is listed.</exception>
    /// <remarks>An engine that does not report progress (the default implementation) runs <see cref="Match(Markets.Market, MatchingOptions?, CancellationToken)"/>.</remarks>
    MatchResult Match(Markets.Market market, MatchingOptions? options = null, IProgress<MatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Match(market, options, cancellationToken);
}
