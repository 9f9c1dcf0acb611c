using System.Collections.Concurrent;
using MineralsMatch.Collections;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>Picks, for an offer and a requirement, the cheapest allowed route by landed cost plus risk penalty.</summary>
/// <remarks>
/// A route is allowed when it starts at the offer's origin hub, ends at the requirement's destination hub,
/// is not excluded by the requirement (by id or by a transit country: a leg's <c>transitCountry</c> or the country
/// of a hub the route passes through between its ends), and can carry the pair's minimum
/// annual volume. Freight is quoted per gross tonne: for a product priced on a contained basis (U3O8, WO3, Mn)
/// with a known content, the gross mass per priced unit is the unit's mass divided by the content.
/// Ties are broken by route id, so the choice is deterministic.
/// </remarks>
internal sealed class RouteFinder
{
    private readonly Dictionary<(string Origin, string Destination), ValueList<Route>> _routes;

    // What a route costs an offer per unit depends only on the offer, the route and the options, so it is
    // worked out once per (offer, route) however many requirements the offer is paired with.
    private readonly ConcurrentDictionary<(SupplyOffer Offer, Route Route, MatchingOptions Options), RouteChoice> _priced = new(ReferenceKeyComparer.Instance);

    // Every country a route passes through: its legs' transit countries, then the countries of its intermediate hubs.
    private readonly Dictionary<Route, ValueList<string>> _transit = new(ReferenceEqualityComparer.Instance);

    // Every hub some route ends at, numbered in ordinal order: an offer's routes are kept by this number, so pairing costs an
    // array read instead of hashing the destination's name per pair.
    private readonly Dictionary<string, int> _destinations;

    /// <summary>Indexes the routes of a market; transit countries are the legs' only (no hub countries known).</summary>
    /// <param name="routes">The market's routes.</param>
    public RouteFinder(IEnumerable<Route> routes)
        : this(routes, [])
    {
    }

    /// <summary>Indexes the routes of a market; a route also transits the country of every hub it passes through between its ends.</summary>
    /// <param name="routes">The market's routes.</param>
    /// <param name="hubs">The market's hubs, whose countries count as transit countries of the routes through them.</param>
    public RouteFinder(IEnumerable<Route> routes, IEnumerable<Hub> hubs)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(hubs);
        var list = routes.ToList();
        _routes = list
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .GroupBy(r => (r.Origin, r.Destination))
            .ToDictionary(g => g.Key, g => ValueList<Route>.From(g));
        _destinations = _routes.Keys.Select(k => k.Destination).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((hub, index) => (hub, index)).ToDictionary(x => x.hub, x => x.index, StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hub in hubs)
        {
            countries.TryAdd(hub.Id, hub.Country);
        }

        foreach (var route in list)
        {
            var through = route.Legs.Take(route.Legs.Count - 1).OfType<RouteLeg>().Select(l => countries.GetValueOrDefault(l.To)).OfType<string>();
            _transit.TryAdd(route, ValueList<string>.From(route.TransitCountries.Concat(through).Distinct(StringComparer.Ordinal)));
        }
    }

    /// <summary>Every country the route passes through: its legs' transit countries, then the countries of the hubs between its ends.</summary>
    /// <param name="route">The route.</param>
    /// <returns>The countries, without repeats.</returns>
    public IReadOnlyList<string> TransitCountries(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return _transit.TryGetValue(route, out var countries) ? countries : route.TransitCountries;
    }

    /// <summary>The cheapest allowed route for the pair, or <see langword="null"/> when none is allowed.</summary>
    /// <param name="offer">The offer.</param>
    /// <param name="requirement">The requirement.</param>
    /// <param name="product">The product both name.</param>
    /// <param name="options">The run's options (risk aversion).</param>
    /// <returns>The choice with its per-unit costs.</returns>
    public RouteChoice? Cheapest(SupplyOffer offer, Requirement requirement, Product product, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(options);
        return For(offer, product, options).Cheapest(requirement, DestinationIndex(requirement.DestinationHub));
    }

    /// <summary>The number of a destination hub in <see cref="OfferRoutes"/>, or -1 when no route ends there.</summary>
    internal int DestinationIndex(string hub) => _destinations.TryGetValue(hub, out var index) ? index : -1;

    /// <summary>Prices every route out of the offer's origin hub for that offer, grouped by destination.</summary>
    internal OfferRoutes For(SupplyOffer offer, Product product, MatchingOptions options)
    {
        var joining = new ValueList<Route>[_destinations.Count];
        var byDestination = new RouteChoice[]?[_destinations.Count];
        foreach (var ((origin, destination), routes) in _routes)
        {
            if (!string.Equals(origin, offer.OriginHub, StringComparison.Ordinal))
            {
                continue;
            }

            var index = _destinations[destination];
            joining[index] = routes;
            byDestination[index] = routes
                .Select(route => _priced.GetOrAdd((offer, route, options), key => Price(key.Route, key.Offer, product, key.Options)))
                .OrderBy(choice => choice.LogisticsPerUnit + choice.RiskPenaltyPerUnit)
                .ThenBy(choice => choice.Route.Id, StringComparer.Ordinal)
                .ToArray();
        }

        return new OfferRoutes(offer, joining, byDestination, this);
    }

    /// <summary>The routes that join the pair's hubs at all, allowed or not, ordered by id.</summary>
    /// <param name="offer">The offer.</param>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The routes.</returns>
    public IReadOnlyList<Route> Joining(SupplyOffer offer, Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(requirement);
        return _routes.TryGetValue((offer.OriginHub, requirement.DestinationHub), out var routes) ? routes : ValueList<Route>.Empty;
    }

    /// <summary>The gross tonnes shipped per unit of the product's pricing unit.</summary>
    /// <param name="product">The product.</param>
    /// <returns>Tonnes per unit.</returns>
    public static decimal GrossTonnesPerUnit(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var tonnes = product.PricingUnit.KilogramsPerUnit() / 1000m;
        return !product.IsPricedGross && product.Content is > 0m and <= 1m ? tonnes / product.Content.Value : tonnes;
    }

    internal static bool IsAllowed(Route route, IReadOnlyList<string> transitCountries, Requirement requirement, Quantity minimum)
    {
        if (route.MaxAnnualVolume is { } max && max < minimum)
        {
            return false;
        }

        // By index, not foreach: run once per pair, an interface enumerator would be allocated each time.
        var excludedRoutes = requirement.ExcludedRoutes;
        for (var r = 0; r < excludedRoutes.Count; r++)
        {
            if (string.Equals(excludedRoutes[r], route.Id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var excludedCountries = requirement.ExcludedTransitCountries;
        for (var c = 0; c < excludedCountries.Count; c++)
        {
            for (var t = 0; t < transitCountries.Count; t++)
            {
                if (string.Equals(excludedCountries[c], transitCountries[t], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    internal static Quantity MinimumAnnualVolume(SupplyOffer offer, Requirement requirement)
    {
        var offerMinimum = OfferMinimum(offer);
        var requirementMinimum = RequirementMinimum(requirement);
        return offerMinimum >= requirementMinimum ? offerMinimum : requirementMinimum;
    }

    /// <summary>The offer's least annual volume per contract (zero when it sets none).</summary>
    internal static Quantity OfferMinimum(SupplyOffer offer) => offer.MinAnnualVolume ?? Quantity.Zero(offer.AnnualVolume.Unit);

    /// <summary>The requirement's least annual volume per contract (zero when it sets none).</summary>
    internal static Quantity RequirementMinimum(Requirement requirement) => requirement.MinAnnualVolume ?? Quantity.Zero(requirement.AnnualVolume.Unit);

    private static RouteChoice Price(Route route, SupplyOffer offer, Product product, MatchingOptions options)
    {
        var logistics = route.CostPerTonne * GrossTonnesPerUnit(product);
        var ask = offer.Ask.ConvertTo(product.PricingUnit).Usd;
        var risk = route.Risk * ask * options.RiskAversion;
        return new RouteChoice(route, decimal.Round(logistics, 6), decimal.Round(risk, 6));
    }
}
