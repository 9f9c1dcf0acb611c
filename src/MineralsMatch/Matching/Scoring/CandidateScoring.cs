using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>Stage 2: scores a pair that passed every rule; a pair with no positive value left is rejected with the reason (run by <see cref="CandidateGenerator"/> in the same pass).</summary>
internal sealed class CandidateScoring(IReadOnlyList<ICandidateScorer> scorers)
{
    /// <summary>The built-in scorers.</summary>
    public static IReadOnlyList<ICandidateScorer> BuiltIn { get; } =
    [
        new PriceMarginScorer(),
        new LogisticsCostScorer(),
        new RouteRiskScorer(),
        new TradePolicyScorer(),
        new StrategicPriorityScorer(),
    ];

    private readonly IFigureScorer?[] _fast = [.. scorers.Select(s => s as IFigureScorer)];
    private readonly bool _allFast = scorers.All(s => s is IFigureScorer);

    /// <summary>
    /// Scores one pair that passed every rule: each scorer's component, in order (a built-in scorer reads the figures the engine
    /// worked out once). The candidate goes on to planning only when its value per unit is positive.
    /// </summary>
    /// <param name="pair">The pair.</param>
    /// <param name="figures">Its figures.</param>
    /// <returns>The scored candidate.</returns>
    public ScoredCandidate Score(CandidatePair pair, in PairFigures figures)
    {
        // Components are gathered in the thread's scratch array and copied once into an array of the right length.
        var scratch = t_scratch is { } reused && reused.Length >= scorers.Count ? reused : t_scratch = new Contracts.ValueComponent[scorers.Count];
        var count = 0;
        for (var s = 0; s < _fast.Length; s++)
        {
            if ((_fast[s] is { } fast ? fast.Score(pair, figures) : scorers[s].Score(pair)) is { } component)
            {
                scratch[count++] = component;
            }
        }

        var components = scratch.AsSpan(0, count).ToArray();
        scratch.AsSpan(0, count).Clear();
        return new ScoredCandidate { Pair = pair, Components = Collections.ValueList<Contracts.ValueComponent>.Own(components) };
    }

    /// <summary>
    /// The value per unit <see cref="Score"/> would give <paramref name="pair"/>, without building its record or components, when
    /// every scorer is a built-in one; <see langword="null"/> otherwise. The components are added in the same order from zero, so the
    /// sum is the record's to the last digit.
    /// </summary>
    /// <param name="pair">The pair, with its record where trade measures concern it.</param>
    /// <param name="figures">Its figures.</param>
    /// <returns>The value per unit, or <see langword="null"/>.</returns>
    public decimal? Value(in PairView pair, in PairFigures figures)
    {
        if (!_allFast)
        {
            return null;
        }

        var sum = 0m;
        foreach (var scorer in _fast)
        {
            if (scorer!.Value(pair, figures) is { } value)
            {
                sum += value;
            }
        }

        return sum;
    }

    [ThreadStatic]
    private static Contracts.ValueComponent[]? t_scratch;

    // Its own method, so that the closure is allocated only for a rejected pair (not on every pass of the loop).
    public static Func<Reason> NoValueWriter(ScoredCandidate candidate) => () => NoValue(candidate);

    /// <summary>The reason of a candidate with no value left, naming its components.</summary>
    public static Reason NoValue(ScoredCandidate candidate)
    {
        var parts = string.Join(", ", candidate.Components.Select(c => $"{c.Name} {c.UsdPerUnit.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"));
        return new Reason(ReasonKind.PriceGap, $"no value left per unit after costs and risk ({parts})", candidate.Pair.Offer.Id);
    }
}
