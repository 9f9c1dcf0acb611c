using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Candidates;

/// <summary>An offer's part of its pairs' figures, in its product's pricing unit: the same for every requirement it is paired with.</summary>
/// <param name="Ask">The ask in USD per pricing unit.</param>
/// <param name="Volume">The annual capacity.</param>
internal readonly record struct OfferSide(decimal Ask, Quantity Volume)
{
    /// <summary>The side of <paramref name="offer"/> of product <paramref name="product"/>.</summary>
    public static OfferSide Of(SupplyOffer offer, Product product) =>
        new(offer.Ask.ConvertTo(product.PricingUnit).Usd, offer.AnnualVolume.ConvertTo(product.PricingUnit));
}
