using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Candidates;

/// <summary>A requirement's part of its pairs' figures, in its product's pricing unit: the same for every offer it is paired with.</summary>
/// <param name="Bid">The bid in USD per pricing unit.</param>
/// <param name="Volume">The annual target.</param>
/// <param name="SupplierCap">The most one supplier may provide (target × share), if capped.</param>
/// <param name="CountryCap">The most one country may provide (target × share), if capped.</param>
/// <param name="Minimum">The least annual volume per contract, as given (zero when none is).</param>
/// <param name="Least">The same in the pricing unit.</param>
internal readonly record struct RequirementSide(decimal Bid, Quantity Volume, Quantity? SupplierCap, Quantity? CountryCap, Quantity Minimum, Quantity Least)
{
    /// <summary>The side of <paramref name="requirement"/> of product <paramref name="product"/>.</summary>
    public static RequirementSide Of(Requirement requirement, Product product)
    {
        var volume = requirement.AnnualVolume.ConvertTo(product.PricingUnit);
        var minimum = RouteFinder.RequirementMinimum(requirement);
        return new(
            requirement.Bid.ConvertTo(product.PricingUnit).Usd,
            volume,
            requirement.MaxShareFromSupplier is { } share ? volume * share : null,
            requirement.MaxShareFromCountry is { } countryShare ? volume * countryShare : null,
            minimum,
            minimum.ConvertTo(product.PricingUnit));
    }
}
