using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Scoring;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Pricing;

/// <summary>
/// Turns residual cycles (<see cref="ResidualPaths"/>) into prices: the bid at which each unmet requirement would be served and the
/// ask at which each offer with unsold capacity would sell, with the volume over which the price holds.
/// </summary>
/// <remarks>
/// A cycle's cost is value per unit; a bid moves a pairing's value by 1 plus its strategic premium's share of the bid, an ask by 1
/// plus its trade-policy cost's share of the ask (duties and expected losses are proportional to the ask), read from the link the
/// unit crosses. Custom scorers that depend on the bid or ask in another way are not accounted for.
/// </remarks>
internal static class ReservationPricing
{
    private const string StrategicPremium = "strategic-priority";
    private const string TradePolicy = "trade-policy";

    public static (ReservationPrice[] Requirements, ReservationPrice[] Offers) Compute(
        AllocationOutcome allocation, AllocationProblem network, AllocationResult optimal, MatchingOptions options, CancellationToken cancellationToken)
    {
        var paths = ResidualPaths.Of(network, optimal.Flows);
        var requirements = new ReservationPrice[network.Demands.Count];
        for (var j = 0; j < requirements.Length; j++)
        {
            var path = paths.IntoDemand(j, cancellationToken);
            requirements[j] = path.Status != ReservationStatus.Priced
                ? new ReservationPrice { Status = path.Status }
                : Price(allocation, path, path.LastLink, options, bid: true);
        }

        var offers = new ReservationPrice[network.Supplies.Count];
        for (var i = 0; i < offers.Length; i++)
        {
            var path = paths.OutOfSupply(i, cancellationToken);
            offers[i] = path.Status != ReservationStatus.Priced
                ? new ReservationPrice { Status = path.Status }
                : Price(allocation, path, path.FirstLink, options, bid: false);
        }

        return (requirements, offers);
    }

    private static ReservationPrice Price(AllocationOutcome allocation, ResidualPath path, int link, MatchingOptions options, bool bid)
    {
        var candidate = allocation.Links[link];
        var pair = candidate.Pair;
        var gap = path.Cost * options.ValueResolution / allocation.VolumeResolution;
        var price = bid
            ? pair.BidPerUnit + (gap / (1m + Share(candidate, StrategicPremium, pair.BidPerUnit)))
            : pair.AskPerUnit - (gap / (1m - Share(candidate, TradePolicy, pair.AskPerUnit)));
        return new ReservationPrice
        {
            Status = ReservationStatus.Priced,
            Price = Collections.Decimals.Normalize(decimal.Round(price, 6)),
            Volume = Quantity.Of(Collections.Decimals.Normalize(path.Steps * allocation.VolumeResolution), pair.Product.PricingUnit),
            Counterpart = bid ? pair.Offer.Id : pair.Requirement.Id,
        };
    }

    // A component's USD per unit as a share of the price it is proportional to (0 when the price is 0 or the component is absent).
    private static decimal Share(ScoredCandidate candidate, string component, decimal price) =>
        price == 0m ? 0m : candidate.Components.Where(c => c.Name == component).Sum(c => c.UsdPerUnit) / price;
}
