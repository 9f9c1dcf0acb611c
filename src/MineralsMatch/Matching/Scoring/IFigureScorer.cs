using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>A built-in scorer that reads the pair's figures the engine worked out once, instead of recomputing them from the record.</summary>
internal interface IFigureScorer
{
    /// <summary>What <see cref="ICandidateScorer.Score"/> returns for <paramref name="pair"/>.</summary>
    /// <param name="pair">The pair.</param>
    /// <param name="figures">Its figures.</param>
    /// <returns>The component, or <see langword="null"/>.</returns>
    ValueComponent? Score(CandidatePair pair, in PairFigures figures);

    /// <summary>The USD per unit of the component <see cref="Score"/> returns, without building it; <see langword="null"/> when there is none.</summary>
    /// <param name="pair">The pair, with its record where trade measures concern it.</param>
    /// <param name="figures">Its figures.</param>
    /// <returns>The component's value per unit, or <see langword="null"/>.</returns>
    decimal? Value(in PairView pair, in PairFigures figures);
}
