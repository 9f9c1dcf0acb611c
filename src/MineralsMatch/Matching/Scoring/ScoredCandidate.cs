using MineralsMatch.Collections;
using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>A candidate pair with its value per unit and the components that make it up.</summary>
public sealed record ScoredCandidate
{
    /// <summary>The pair.</summary>
    public required CandidatePair Pair { get; init; }

    /// <summary>The value components per unit, in scorer order.</summary>
    public IReadOnlyList<ValueComponent> Components
    {
        get;
        init
        {
            field = ValueList<ValueComponent>.From(value);
            var sum = 0m;
            for (var c = 0; c < field.Count; c++)
            {
                sum += field[c].UsdPerUnit;
            }

            ValuePerUnit = sum;
        }
    }

    = ValueList<ValueComponent>.Empty;

    /// <summary>The value per unit: the sum of the components.</summary>
    public decimal ValuePerUnit { get; private init; }
}
