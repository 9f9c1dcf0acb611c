namespace MineralsMatch.Matching.Candidates;

/// <summary>Neither side may exclude the other: by party, or by the other party's country.</summary>
public sealed class ExclusionRule : ICandidateRule, IDeferredRule
{
    /// <inheritdoc />
    public string Name => "exclusion";

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var offer = pair.Offer;
        var requirement = pair.Requirement;
        string? why =
            Lists(offer.ExcludedBuyers, pair.Buyer.Id) ? $"offer {offer.Id} will not sell to {pair.Buyer.Id}"
            : Lists(offer.ExcludedCountries, pair.Buyer.Country) ? $"offer {offer.Id} will not sell to buyers in {pair.Buyer.Country}"
            : Lists(requirement.ExcludedSuppliers, pair.Supplier.Id) ? $"requirement {requirement.Id} will not buy from {pair.Supplier.Id}"
            : Lists(requirement.ExcludedOriginCountries, pair.Supplier.Country) ? $"requirement {requirement.Id} will not buy from suppliers in {pair.Supplier.Country}"
            : null;
        return why is null ? null : new Reason(ReasonKind.Excluded, why, offer.Id);
    }

    /// <inheritdoc />
    ReasonKind? IDeferredRule.Fails(in PairView pair, in PairFigures figures) =>
        Lists(pair.Offer.ExcludedBuyers, pair.Buyer.Id) || Lists(pair.Offer.ExcludedCountries, pair.Buyer.Country)
        || Lists(pair.Requirement.ExcludedSuppliers, pair.Supplier.Id) || Lists(pair.Requirement.ExcludedOriginCountries, pair.Supplier.Country)
            ? ReasonKind.Excluded
            : null;

    private static bool Lists(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
