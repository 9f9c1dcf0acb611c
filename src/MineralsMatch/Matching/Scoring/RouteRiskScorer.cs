using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>The expected loss from disruption on the route: risk × ask × risk aversion, as a cost.</summary>
public sealed class RouteRiskScorer : ICandidateScorer
{
    /// <inheritdoc />
    public string Name => "route-risk";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return pair.Route is not { } route || route.RiskPenaltyPerUnit == 0m
            ? null
            : new ValueComponent(
                Name,
                -route.RiskPenaltyPerUnit,
                "the route's disruption risk × ask × risk aversion");
    }
}
