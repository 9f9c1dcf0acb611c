using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>Adds one component to the value per unit of a candidate pair; the allocation maximises the sum.</summary>
/// <remarks>Register a custom scorer with <c>services.AddMineralsMatch(b => b.AddScorer(new MyScorer()))</c>; it runs after the built-in ones.</remarks>
public interface ICandidateScorer
{
    /// <summary>A short stable name, used as the component's name.</summary>
    string Name { get; }

    /// <summary>Scores a pair that passed every rule.</summary>
    /// <param name="pair">The pair, with its route.</param>
    /// <returns>The component in USD per unit of the product's pricing unit, or <see langword="null"/> when it does not apply.</returns>
    ValueComponent? Score(CandidatePair pair);
}
