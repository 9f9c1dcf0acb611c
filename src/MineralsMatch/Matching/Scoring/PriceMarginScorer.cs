using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>The bid less the ask: the gains from trade before logistics.</summary>
public sealed class PriceMarginScorer : ICandidateScorer, IFigureScorer
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

    /// <inheritdoc />
    ValueComponent? IFigureScorer.Score(CandidatePair pair, in PairFigures figures) => new(Name, figures.Bid - figures.Ask, "bid less ask");

    /// <inheritdoc />
    decimal? IFigureScorer.Value(in PairView pair, in PairFigures figures) => figures.Bid - figures.Ask;
}
