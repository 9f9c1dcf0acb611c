using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Candidates;

/// <summary>An offer's part of its pairs' figures, in its product's pricing unit: the same for every requirement it is paired with.</summary>
/// <param name="Ask">The ask in USD per pricing unit.</param>
/// <param name="Volume">The annual capacity.</param>
/// <param name="Minimum">The least annual volume per contract, as given (zero when none is).</param>
/// <param name="Least">The same in the pricing unit.</param>
internal readonly record struct OfferSide(decimal Ask, Quantity Volume, Quantity Minimum, Quantity Least)
{
    /// <summary>The side of <paramref name="offer"/> of product <paramref name="product"/>.</summary>
    public static OfferSide Of(SupplyOffer offer, Product product)
    {
        var minimum = RouteFinder.OfferMinimum(offer);
        return new(offer.Ask.ConvertTo(product.PricingUnit).Usd, offer.AnnualVolume.ConvertTo(product.PricingUnit), minimum, minimum.ConvertTo(product.PricingUnit));
    }
}
