namespace MineralsMatch.Matching.Candidates;

/// <summary>Neither side may exclude the other: by party, or by the other party's country.</summary>
public sealed class ExclusionRule : ICandidateRule
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
            offer.ExcludedBuyers.Contains(pair.Buyer.Id, StringComparer.Ordinal) ? $"offer {offer.Id} will not sell to {pair.Buyer.Id}"
            : offer.ExcludedCountries.Contains(pair.Buyer.Country, StringComparer.Ordinal) ? $"offer {offer.Id} will not sell to buyers in {pair.Buyer.Country}"
            : requirement.ExcludedSuppliers.Contains(pair.Supplier.Id, StringComparer.Ordinal) ? $"requirement {requirement.Id} will not buy from {pair.Supplier.Id}"
            : requirement.ExcludedOriginCountries.Contains(pair.Supplier.Country, StringComparer.Ordinal) ? $"requirement {requirement.Id} will not buy from suppliers in {pair.Supplier.Country}"
            : null;
        return why is null ? null : new Reason(ReasonKind.Excluded, why, offer.Id);
    }
}
