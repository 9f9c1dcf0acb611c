using MineralsMatch.Collections;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;

namespace MineralsMatch.Matching;

/// <summary>
/// The routes out of one offer's origin hub, priced for that offer and grouped by destination hub, cheapest
/// first (logistics plus risk penalty, then route id). Built once per offer, so pairing the offer with many
/// requirements costs a dictionary lookup and a short scan per pair.
/// </summary>
internal sealed class OfferRoutes
{
    private readonly Dictionary<string, (ValueList<Route> Joining, RouteChoice[] Cheapest)> _byDestination;

    private readonly Func<Route, IReadOnlyList<string>> _transit;

    public OfferRoutes(SupplyOffer offer, Dictionary<string, (ValueList<Route> Joining, RouteChoice[] Cheapest)> byDestination, Func<Route, IReadOnlyList<string>> transit)
    {
        Offer = offer;
        _byDestination = byDestination;
        _transit = transit;
    }

    public SupplyOffer Offer { get; }

    /// <summary>Every route from the offer's hub to <paramref name="destination"/>, allowed or not, by id.</summary>
    public IReadOnlyList<Route> Joining(string destination) =>
        _byDestination.TryGetValue(destination, out var routes) ? routes.Joining : ValueList<Route>.Empty;

    /// <summary>The cheapest route to the requirement's hub that the requirement allows, or <see langword="null"/>.</summary>
    public RouteChoice? Cheapest(Requirement requirement)
    {
        if (!_byDestination.TryGetValue(requirement.DestinationHub, out var routes))
        {
            return null;
        }

        Minerals.Quantity? minimum = null;
        foreach (var choice in routes.Cheapest)
        {
            if (choice.Route.MaxAnnualVolume is not null)
            {
                minimum ??= RouteFinder.MinimumAnnualVolume(Offer, requirement);
            }

            if (RouteFinder.IsAllowed(choice.Route, _transit(choice.Route), requirement, minimum ?? default))
            {
                return choice;
            }
        }

        return null;
    }
}
