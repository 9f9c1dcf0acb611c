namespace MineralsMatch.Matching.Candidates;

/// <summary>The offered grade (form, content, impurities) must meet the requirement's specification.</summary>
public sealed class GradeRule : ICandidateRule, IDeferredRule
{
    /// <inheritdoc />
    public string Name => "grade";

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Offer.Grade.Satisfies(pair.Requirement.Spec))
        {
            return null;
        }

        var shortfalls = pair.Offer.Grade.Shortfalls(pair.Requirement.Spec);
        return new Reason(ReasonKind.GradeShortfall, $"offer {pair.Offer.Id} misses the grade: {string.Join("; ", shortfalls)}", pair.Offer.Id);
    }

    /// <inheritdoc />
    ReasonKind? IDeferredRule.Fails(in PairView pair, in PairFigures figures) =>
        pair.Offer.Grade.Satisfies(pair.Requirement.Spec) ? null : ReasonKind.GradeShortfall;
}
