using MineralsMatch.Logistics;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A pair's figures in its product's pricing unit, worked out once per pair by the engine and kept beside the pair (not inside
/// it): the built-in rules, scorers and the planning problem read them instead of recomputing them from the record.
/// </summary>
/// <param name="Ask">The ask in USD per pricing unit.</param>
/// <param name="Bid">The bid in USD per pricing unit.</param>
/// <param name="Most">The most both sides allow per year.</param>
/// <param name="Limit">Which bound sets <paramref name="Most"/>.</param>
/// <param name="Least">The least annual volume a contract needs.</param>
/// <param name="LeastIsOffers">Whether <paramref name="Least"/> is the offer's minimum (else the requirement's).</param>
internal readonly record struct PairFigures(decimal Ask, decimal Bid, Quantity Most, VolumeLimit Limit, Quantity Least, bool LeastIsOffers)
{
    /// <summary>The figures of <paramref name="pair"/>.</summary>
    public static PairFigures Of(CandidatePair pair) => Of(PairView.Of(pair), OfferSide.Of(pair.Offer, pair.Product), RequirementSide.Of(pair.Requirement, pair.Product));

    /// <summary>The figures of <paramref name="pair"/> from its offer's and its requirement's sides, worked out once for all their pairs.</summary>
    public static PairFigures Of(in PairView pair, in OfferSide offer, in RequirementSide requirement)
    {
        var (most, limit) = MostOf(pair, offer, requirement);
        // The larger minimum as given (RouteFinder.MinimumAnnualVolume's comparison), in the pricing unit its side worked out once.
        var byOffer = offer.Minimum >= requirement.Minimum;
        return new(offer.Ask, requirement.Bid, most, limit, byOffer ? offer.Least : requirement.Least, byOffer);
    }

    /// <summary>The ask plus the export duty in the first shared year plus logistics, as <see cref="CandidatePair.LandedCostPerUnit"/>.</summary>
    public decimal Landed(in PairView pair) =>
        Ask + (pair.HasMeasures ? PairMeasures.DutyPerUnit(pair.Record!, pair.Record!.FirstYear) : 0m) + (pair.Route?.LogisticsPerUnit ?? 0m);

    public static decimal AskOf(CandidatePair pair) => pair.Offer.Ask.ConvertTo(pair.Product.PricingUnit).Usd;

    public static decimal BidOf(CandidatePair pair) => pair.Requirement.Bid.ConvertTo(pair.Product.PricingUnit).Usd;

    public static Quantity LeastOf(CandidatePair pair) => RouteFinder.MinimumAnnualVolume(pair.Offer, pair.Requirement).ConvertTo(pair.Product.PricingUnit);

    // Capacity (less any priority reserve), demand, share caps and the route's limit: the smallest, the first of them on a tie.
    public static (Quantity Most, VolumeLimit Limit) MostOf(CandidatePair pair) =>
        MostOf(PairView.Of(pair), OfferSide.Of(pair.Offer, pair.Product), RequirementSide.Of(pair.Requirement, pair.Product));

    private static (Quantity Most, VolumeLimit Limit) MostOf(in PairView pair, in OfferSide side, in RequirementSide wanted)
    {
        var unit = pair.Product.PricingUnit;
        var offer = side.Volume;
        var requirement = wanted.Volume;
        var (most, limit) = offer <= requirement ? (offer, VolumeLimit.OfferCapacity) : (requirement, VolumeLimit.RequirementTarget);
        if (wanted.SupplierCap is { } supplierCap && supplierCap < most)
        {
            (most, limit) = (supplierCap, VolumeLimit.SupplierShare);
        }

        if (wanted.CountryCap is { } countryCap && countryCap < most)
        {
            (most, limit) = (countryCap, VolumeLimit.CountryShare);
        }

        if (pair.PriorityReserve is { } reserve)
        {
            var left = offer - reserve.ConvertTo(unit);
            left = left.Amount < 0m ? Quantity.Zero(unit) : left;
            if (left < most)
            {
                (most, limit) = (left, VolumeLimit.PriorityReserve);
            }
        }

        if (pair.Route?.Route.MaxAnnualVolume is { } routeMax && routeMax.ConvertTo(unit) < most)
        {
            (most, limit) = (routeMax.ConvertTo(unit), VolumeLimit.RouteCapacity);
        }

        return (most, limit);
    }
}
