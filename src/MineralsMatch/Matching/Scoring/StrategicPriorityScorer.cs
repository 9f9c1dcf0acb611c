using System.Globalization;
using System.Runtime.CompilerServices;
using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>A premium for strategic demand: priority × premium per level × bid.</summary>
public sealed class StrategicPriorityScorer : ICandidateScorer, IFigureScorer
{
    private static readonly string[] Explanations =
        [.. Enumerable.Range(0, 11).Select(p => string.Create(CultureInfo.InvariantCulture, $"priority {p} × premium per level × bid"))];

    /// <inheritdoc />
    public string Name => "strategic-priority";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return Score(pair, pair.BidPerUnit);
    }

    /// <inheritdoc />
    ValueComponent? IFigureScorer.Score(CandidatePair pair, in PairFigures figures) => Score(pair, figures.Bid);

    /// <inheritdoc />
    /// <remarks>Worked out directly, without the per-requirement component cache (whose lock threads would contend for): the cached
    /// component holds the same figure, since it depends only on the requirement, its product's unit and the options.</remarks>
    decimal? IFigureScorer.Value(in PairView pair, in PairFigures figures)
    {
        // The engine pairs a requirement with all its offers in a row, on one thread: the thread's last figure is reused while
        // the requirement, the options and the bid (to its scale, which the rounded product keeps) stay the same.
        if (t_lastValue is { } last && ReferenceEquals(last.Requirement, pair.Requirement) && ReferenceEquals(last.Options, pair.Options)
            && last.Bid == figures.Bid && last.Bid.Scale == figures.Bid.Scale)
        {
            return last.Value;
        }

        var value = pair.Requirement.Priority * pair.Options.PriorityPremiumPerLevel * figures.Bid is var premium && premium == 0m ? (decimal?)null : decimal.Round(premium, 6);
        t_lastValue = new LastValue(pair.Requirement, pair.Options, figures.Bid, value);
        return value;
    }

    [ThreadStatic]
    private static LastValue? t_lastValue;

    private sealed record LastValue(Markets.Requirement Requirement, MatchingOptions Options, decimal Bid, decimal? Value);

    private ValueComponent? Score(CandidatePair pair, decimal bid)
    {
        // The premium depends on the requirement, its product's unit and the options only: one component
        // serves every offer paired with the requirement.
        var cached = Premiums.GetValue(pair.Requirement, static _ => new PremiumCache());
        var last = cached.Last;
        if (last is not null && ReferenceEquals(last.Options, pair.Options) && ReferenceEquals(last.Product, pair.Product))
        {
            return last.Component;
        }

        var premium = pair.Requirement.Priority * pair.Options.PriorityPremiumPerLevel * bid;
        var component = premium == 0m
            ? null
            : new ValueComponent(Name, decimal.Round(premium, 6), Explanations[Math.Clamp(pair.Requirement.Priority, 0, 10)]);
        cached.Last = new Premium(pair.Options, pair.Product, component);
        return component;
    }

    private static readonly ConditionalWeakTable<Markets.Requirement, PremiumCache> Premiums = [];

    private sealed record Premium(MatchingOptions Options, Minerals.Product Product, ValueComponent? Component);

    private sealed class PremiumCache
    {
        public Premium? Last { get; set; }
    }
}
