namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// The tenor ranges must overlap, and the delivery windows must share at least as many years as the
/// longer of the two minimum tenors.
/// </summary>
public sealed class WindowRule : ICandidateRule, IDeferredRule
{
    /// <inheritdoc />
    public string Name => "window";

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var offer = pair.Offer;
        var requirement = pair.Requirement;
        if (offer.Tenor.Intersect(requirement.Tenor) is not { } tenor)
        {
            return new Reason(
                ReasonKind.TenorMismatch,
                $"offer {offer.Id} signs {offer.Tenor}, requirement {requirement.Id} wants {requirement.Tenor}",
                offer.Id);
        }

        var overlap = offer.Window.Overlap(requirement.Window);
        if (overlap is not { } years || years.Years < tenor.MinYears)
        {
            var shared = overlap is { } o ? $"share only {o} ({o.Years} years)" : "do not overlap";
            return new Reason(
                ReasonKind.WindowMismatch,
                $"delivery windows {offer.Window} and {requirement.Window} {shared}; the shortest common tenor is {tenor.MinYears} years",
                offer.Id);
        }

        return null;
    }

    /// <inheritdoc />
    ReasonKind? IDeferredRule.Fails(in PairView pair, in PairFigures figures)
    {
        if (pair.Offer.Tenor.Intersect(pair.Requirement.Tenor) is not { } tenor)
        {
            return ReasonKind.TenorMismatch;
        }

        return pair.Offer.Window.Overlap(pair.Requirement.Window) is not { } years || years.Years < tenor.MinYears ? ReasonKind.WindowMismatch : null;
    }
}
