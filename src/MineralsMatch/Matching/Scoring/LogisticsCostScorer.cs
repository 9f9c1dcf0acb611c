using System.Globalization;
using System.Runtime.CompilerServices;
using MineralsMatch.Contracts;
using MineralsMatch.Logistics;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>The freight and handling on the picked route, as a cost.</summary>
public sealed class LogisticsCostScorer : ICandidateScorer, IFigureScorer
{
    // A route choice is shared by every pair of one offer and route, so its component is built once.
    private static readonly ConditionalWeakTable<RouteChoice, ValueComponent> Components = [];

    /// <inheritdoc />
    public string Name => "logistics";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return pair.Route is not { } route
            ? null
            : Components.GetValue(route, static r => new ValueComponent(
                "logistics",
                -r.LogisticsPerUnit,
                string.Create(CultureInfo.InvariantCulture, $"{r.Route.CostPerTonne:0.##} USD per gross tonne over {r.Route.Days} days via {r.Route.Id}")));
    }

    /// <inheritdoc />
    ValueComponent? IFigureScorer.Score(CandidatePair pair, in PairFigures figures) => Score(pair);

    /// <inheritdoc />
    decimal? IFigureScorer.Value(in PairView pair, in PairFigures figures) => pair.Route is { } route ? -route.LogisticsPerUnit : null;
}
