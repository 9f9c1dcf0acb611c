using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>The freight and handling on the picked route, as a cost.</summary>
public sealed class LogisticsCostScorer : ICandidateScorer
{
    /// <inheritdoc />
    public string Name => "logistics";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return pair.Route is not { } route
            ? null
            : new ValueComponent(
                Name,
                -route.LogisticsPerUnit,
                "freight and handling on the route, per gross tonne converted to the pricing unit");
    }
}
