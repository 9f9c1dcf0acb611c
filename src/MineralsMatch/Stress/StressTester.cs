using MineralsMatch.Comparison;
using MineralsMatch.Markets;
using MineralsMatch.Matching;

namespace MineralsMatch.Stress;

/// <summary>Runs stress tests: plans the market as given and once per shock set, and compares each shocked plan with the baseline.</summary>
/// <example>
/// <code>
/// var tester = services.GetRequiredService&lt;StressTester&gt;();
/// var scenario = MarketScenarios.JapanKazakhstanScenario();
/// StressReport report = tester.Run(scenario.Market, scenario.Stress, scenario.Options);
/// foreach (var outcome in report.Outcomes)
///     Console.WriteLine($"{outcome.Set.Name}: {outcome.Comparison.ProposalsRemoved.Count} contracts lost");
/// </code>
/// </example>
public sealed class StressTester
{
    private readonly IMatchingEngine _engine;
    private readonly IScenarioComparer _comparer;
    private readonly IMineralCatalog _catalog;

    /// <summary>Creates a tester.</summary>
    /// <param name="engine">The engine that plans each market.</param>
    /// <param name="comparer">The comparer of baseline and shocked plans.</param>
    /// <param name="catalog">The catalog shocks resolve products against.</param>
    public StressTester(IMatchingEngine engine, IScenarioComparer comparer, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(comparer);
        ArgumentNullException.ThrowIfNull(catalog);
        _engine = engine;
        _comparer = comparer;
        _catalog = catalog;
    }

    /// <summary>Plans the baseline and every shock set (in name order) and compares each with the baseline.</summary>
    /// <param name="market">The market.</param>
    /// <param name="shockSets">The stress tests.</param>
    /// <param name="options">The matching options; the defaults when <see langword="null"/>.</param>
    /// <param name="progress">Told the number of plans finished (the baseline counts), if given.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report, without risk.</returns>
    public StressReport Run(Market market, IReadOnlyList<ShockSet> shockSets, MatchingOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(shockSets);
        var baseline = _engine.Match(market, options, cancellationToken);
        progress?.Report(1);
        var before = ResultSnapshot.From(baseline);
        var outcomes = new List<StressOutcome>();
        foreach (var set in shockSets.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = _engine.Match(set.Apply(market, _catalog), options, cancellationToken);
            outcomes.Add(new StressOutcome(set, result, _comparer.Compare(before, ResultSnapshot.From(result))));
            progress?.Report(outcomes.Count + 1);
        }

        return new StressReport { Baseline = baseline, Outcomes = outcomes };
    }
}
