using MineralsMatch.Markets;

namespace MineralsMatch.Matching.Candidates;

/// <summary>The offer and the requirement must have a delivery term in common (an offer with none listed offers FCA; a requirement with none accepts any).</summary>
public sealed class IncotermRule : ICandidateRule, IDeferredRule
{
    /// <inheritdoc />
    public string Name => "incoterm";

    /// <summary>The terms both sides accept, in <see cref="Incoterm"/> order.</summary>
    /// <param name="pair">The pair.</param>
    /// <returns>The common terms; empty when there are none.</returns>
    public static IReadOnlyList<Incoterm> Common(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        IEnumerable<Incoterm> offered = pair.Offer.Incoterms.Count > 0 ? pair.Offer.Incoterms : [Incoterm.Fca];
        return [.. offered.Where(t => pair.Requirement.Incoterms.Count == 0 || pair.Requirement.Incoterms.Contains(t)).Distinct().Order()];
    }

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return Accepts(pair.Offer, pair.Requirement)
            ? null
            : new Reason(
                ReasonKind.IncotermMismatch,
                $"offer {pair.Offer.Id} delivers {Terms(pair.Offer.Incoterms, "FCA")}, requirement {pair.Requirement.Id} accepts {Terms(pair.Requirement.Incoterms, "any")}",
                pair.Offer.Id);
    }

    /// <inheritdoc />
    ReasonKind? IDeferredRule.Fails(in PairView pair, in PairFigures figures) => Accepts(pair.Offer, pair.Requirement) ? null : ReasonKind.IncotermMismatch;

    // Whether the requirement accepts any term the offer delivers (FCA when it names none): what a non-empty Common means.
    private static bool Accepts(Markets.SupplyOffer offer, Markets.Requirement requirement)
    {
        var accepted = requirement.Incoterms;
        if (accepted.Count == 0)
        {
            return true;
        }

        if (offer.Incoterms.Count == 0)
        {
            return Lists(accepted, Incoterm.Fca);
        }

        for (var t = 0; t < offer.Incoterms.Count; t++)
        {
            if (Lists(accepted, offer.Incoterms[t]))
            {
                return true;
            }
        }

        return false;
    }

    // By index: run per pair, an enumerator would be allocated each time.
    private static bool Lists(IReadOnlyList<Incoterm> terms, Incoterm term)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i] == term)
            {
                return true;
            }
        }

        return false;
    }

    // In Incoterm order, not input order, so that a reordered market gives the same text.
    private static string Terms(IReadOnlyList<Incoterm> terms, string none) =>
        terms.Count == 0 ? none : string.Join("/", terms.Distinct().Order().Select(t => t.Code()));
}
