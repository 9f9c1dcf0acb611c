using System.Collections.Concurrent;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Stress;

namespace MineralsMatch.Risk;

/// <summary>
/// Monte Carlo supply risk: every sample draws, for each shock set with a probability, whether it strikes (independently,
/// with its yearly probability), and plans the market under the sets that struck. A sample is one year's state of the
/// world; the shocks that strike apply as written (dates included).
/// </summary>
/// <remarks>
/// Sample <c>i</c> draws from a generator seeded by (seed, i) alone, so the numbers do not depend on the thread count.
/// Samples that draw the same combination share one plan: each distinct combination is planned once, in parallel, and
/// nothing a combination does not touch is planned again (with six shock sets there are at most 64 plans for any
/// number of samples).
/// </remarks>
public sealed class SupplyRiskAnalyzer
{
    private readonly IMatchingEngine _engine;
    private readonly IMineralCatalog _catalog;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="engine">The engine that plans each combination; thread-safe (the built-in engines are).</param>
    /// <param name="catalog">The catalog shocks resolve products against.</param>
    public SupplyRiskAnalyzer(IMatchingEngine engine, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(catalog);
        _engine = engine;
        _catalog = catalog;
    }

    /// <summary>Runs the samples.</summary>
    /// <param name="market">The market.</param>
    /// <param name="shockSets">The shock sets; those without a probability are left out.</param>
    /// <param name="riskOptions">Samples, seed and parallelism.</param>
    /// <param name="options">The matching options; the defaults when <see langword="null"/>.</param>
    /// <param name="progress">Told the number of distinct plans finished and how many there are, if given.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The risk per requirement and mineral.</returns>
    public SupplyRisk Run(
        Market market,
        IReadOnlyList<ShockSet> shockSets,
        SupplyRiskOptions riskOptions,
        MatchingOptions? options = null,
        IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(shockSets);
        ArgumentNullException.ThrowIfNull(riskOptions);
        ArgumentOutOfRangeException.ThrowIfLessThan(riskOptions.Samples, 1, nameof(riskOptions));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(riskOptions.Samples, SupplyRiskOptions.MaxSamples, nameof(riskOptions));
        ArgumentOutOfRangeException.ThrowIfLessThan(riskOptions.MaxDegreeOfParallelism, 1, nameof(riskOptions));
        cancellationToken.ThrowIfCancellationRequested();

        var sets = shockSets.Where(s => s.Probability is not null).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var draws = Draw(sets, riskOptions);
        var none = new string('0', sets.Count);
        var keys = draws.Append(none).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var plans = new ConcurrentDictionary<string, Plan>(StringComparer.Ordinal);
        var done = 0;
        Parallel.ForEach(
            keys,
            new ParallelOptions { MaxDegreeOfParallelism = riskOptions.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            key =>
            {
                var shocked = sets.Where((_, i) => key[i] == '1').Aggregate(market, (m, set) => set.Apply(m, _catalog));
                plans[key] = Plan.Of(_engine.Match(shocked, options, cancellationToken));
                progress?.Report((Interlocked.Increment(ref done), keys.Count));
            });

        var baseline = plans[none];
        return new SupplyRisk
        {
            Seed = riskOptions.Seed,
            Samples = riskOptions.Samples,
            Shocks = [.. sets.Select((s, i) => new ShockWeight(s.Name, s.Probability!.Value, draws.Count(d => d[i] == '1')))],
            DistinctPlans = keys.Count,
            Requirements = Requirements(baseline, draws.Select(d => plans[d]).ToList()),
            Minerals = Minerals(baseline, draws.Select(d => plans[d]).ToList()),
        };
    }

    private static List<string> Draw(List<ShockSet> sets, SupplyRiskOptions riskOptions)
    {
        var draws = new List<string>(riskOptions.Samples);
        var key = new char[sets.Count];
        for (var sample = 0; sample < riskOptions.Samples; sample++)
        {
            var random = new SampleRandom(riskOptions.Seed, sample);
            for (var i = 0; i < sets.Count; i++)
            {
                key[i] = random.NextUnit() < (double)sets[i].Probability!.Value ? '1' : '0';
            }

            draws.Add(new string(key));
        }

        return draws;
    }

    private static List<RequirementRisk> Requirements(Plan baseline, List<Plan> samples) =>
        [.. baseline.Requirements.Values.OrderBy(r => r.Requirement, StringComparer.Ordinal).Select(r =>
        {
            var unit = r.Target.Unit;
            var shortfalls = 0;
            var unmet = 0m;
            foreach (var sample in samples)
            {
                var met = sample.Requirements.TryGetValue(r.Requirement, out var o) ? o.Met.ConvertTo(unit).Amount : 0m;
                shortfalls += met < r.Met.Amount ? 1 : 0;
                unmet += o is null ? 0m : o.Unmet.ConvertTo(unit).Amount;
            }

            return new RequirementRisk
            {
                Requirement = r.Requirement,
                Buyer = r.Buyer,
                Product = r.Product,
                BaselineMet = r.Met,
                ShortfallProbability = (decimal)shortfalls / samples.Count,
                ExpectedUnmet = Quantity.Of(Collections.Decimals.Normalize(Math.Round(unmet / samples.Count, 3, MidpointRounding.ToEven)), unit),
            };
        })];

    private static List<MineralRisk> Minerals(Plan baseline, List<Plan> samples) =>
        [.. baseline.Coverage.Keys.Order(StringComparer.Ordinal).Select(mineral =>
        {
            var values = samples.Select(s => s.Coverage.GetValueOrDefault(mineral)).Order().ToList();
            var histogram = new int[MineralRisk.Bins];
            foreach (var v in values)
            {
                histogram[Math.Clamp((int)Math.Floor(v * MineralRisk.Bins), 0, MineralRisk.Bins - 1)]++;
            }

            return new MineralRisk
            {
                Mineral = mineral,
                Baseline = baseline.Coverage[mineral],
                P5 = Percentile(values, 5),
                P50 = Percentile(values, 50),
                P95 = Percentile(values, 95),
                Histogram = histogram,
            };
        })];

    private static decimal Percentile(List<decimal> sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100m * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private sealed record Plan(Dictionary<string, RequirementOutcome> Requirements, Dictionary<string, decimal> Coverage)
    {
        public static Plan Of(MatchResult result) => new(
            result.Requirements.ToDictionary(r => r.Requirement, StringComparer.Ordinal),
            result.Kpis.Minerals.ToDictionary(c => c.Mineral, c => c.DemandMetShare, StringComparer.Ordinal));
    }
}
