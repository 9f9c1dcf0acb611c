using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>The bid less the ask: the gains from trade before logistics.</summary>
public sealed class PriceMarginScorer : ICandidateScorer
{
    /// <inheritdoc />
    public string Name => "price-margin";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new ValueComponent(
            Name,
            pair.BidPerUnit - pair.AskPerUnit,
            "bid less ask");
    }
}
