using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Matching.Candidates;

/// <summary>An offer and a requirement of the same product, with everything rules and scorers need to judge them.</summary>
/// <remarks>Prices here are per unit of the product's pricing unit (<see cref="Product"/>.<see cref="Product.PricingUnit"/>).</remarks>
public sealed record CandidatePair
{
    /// <summary>The offer.</summary>
    public required SupplyOffer Offer { get; init; }

    /// <summary>The requirement.</summary>
    public required Requirement Requirement { get; init; }

    /// <summary>The product both name.</summary>
    public required Product Product { get; init; }

    /// <summary>The producer.</summary>
    public required Party Supplier { get; init; }

    /// <summary>The buyer.</summary>
    public required Party Buyer { get; init; }

    /// <summary>The route picked for the pair, or <see langword="null"/> when no allowed route exists.</summary>
    public required RouteChoice? Route { get; init; }

    /// <summary>Every route joining the offer's origin hub and the requirement's destination hub, allowed or not.</summary>
    public IReadOnlyList<Route> JoiningRoutes { get; init => field = Collections.ValueList<Route>.From(value); } = Collections.ValueList<Route>.Empty;

    /// <summary>The run's options.</summary>
    public required MatchingOptions Options { get; init; }

    /// <summary>The ask in USD per pricing unit.</summary>
    public decimal AskPerUnit => Offer.Ask.ConvertTo(Product.PricingUnit).Usd;

    /// <summary>The bid in USD per pricing unit.</summary>
    public decimal BidPerUnit => Requirement.Bid.ConvertTo(Product.PricingUnit).Usd;

    /// <summary>The ask plus logistics, in USD per pricing unit (the ask alone when no route is picked).</summary>
    public decimal LandedCostPerUnit => AskPerUnit + (Route?.LogisticsPerUnit ?? 0m);

    /// <summary>The most both sides allow per year, in the pricing unit.</summary>
    public Quantity MaxAnnualVolume
    {
        get
        {
            var offer = Offer.AnnualVolume.ConvertTo(Product.PricingUnit);
            var requirement = Requirement.AnnualVolume.ConvertTo(Product.PricingUnit);
            var most = offer <= requirement ? offer : requirement;
            if (Requirement.MaxShareFromSupplier is { } share && requirement * share < most)
            {
                most = requirement * share;
            }

            if (Requirement.MaxShareFromCountry is { } countryShare && requirement * countryShare < most)
            {
                most = requirement * countryShare;
            }

            if (Route?.Route.MaxAnnualVolume is { } routeMax && routeMax.ConvertTo(Product.PricingUnit) < most)
            {
                most = routeMax.ConvertTo(Product.PricingUnit);
            }

            return most;
        }
    }

    /// <summary>The least annual volume a contract needs to satisfy both sides, in the pricing unit.</summary>
    public Quantity MinAnnualVolume => RouteFinder.MinimumAnnualVolume(Offer, Requirement).ConvertTo(Product.PricingUnit);
}
