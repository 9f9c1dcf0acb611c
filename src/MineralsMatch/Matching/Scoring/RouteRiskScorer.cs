using System.Globalization;
using System.Runtime.CompilerServices;
using MineralsMatch.Contracts;
using MineralsMatch.Logistics;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>The expected loss from disruption on the route: risk × ask × risk aversion, as a cost.</summary>
public sealed class RouteRiskScorer : ICandidateScorer, IFigureScorer
{
    // A route choice is shared by every pair of one offer, route and options, so its component is built once.
    private static readonly ConditionalWeakTable<RouteChoice, ValueComponent> Components = [];

    /// <inheritdoc />
    public string Name => "route-risk";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return pair.Route is not { } route || route.RiskPenaltyPerUnit == 0m
            ? null
            : Components.GetValue(route, static r => new ValueComponent(
                "route-risk",
                -r.RiskPenaltyPerUnit,
                string.Create(CultureInfo.InvariantCulture, $"disruption risk {r.Route.Risk:0.####} of {r.Route.Id} × ask × risk aversion")));
    }

    /// <inheritdoc />
    ValueComponent? IFigureScorer.Score(CandidatePair pair, in PairFigures figures) => Score(pair);

    /// <inheritdoc />
    decimal? IFigureScorer.Value(in PairView pair, in PairFigures figures) =>
        pair.Route is not { } route || route.RiskPenaltyPerUnit == 0m ? null : -route.RiskPenaltyPerUnit;
}
