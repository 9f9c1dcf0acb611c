using MineralsMatch.Collections;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;

namespace MineralsMatch.Matching;

/// <summary>
/// The routes out of one offer's origin hub, priced for that offer and kept by destination hub number
/// (<see cref="RouteFinder.DestinationIndex"/>), cheapest first (logistics plus risk penalty, then route id). Built once per
/// offer, so pairing the offer with many requirements costs an array read and a short scan per pair.
/// </summary>
internal sealed class OfferRoutes
{
    private readonly ValueList<Route>?[] _joining;

    private readonly RouteChoice[]?[] _cheapest;

    private readonly RouteFinder _finder;

    public OfferRoutes(SupplyOffer offer, ValueList<Route>?[] joining, RouteChoice[]?[] cheapest, RouteFinder finder)
    {
        Offer = offer;
        _joining = joining;
        _cheapest = cheapest;
        _finder = finder;
    }

    public SupplyOffer Offer { get; }

    /// <summary>Every route from the offer's hub to destination number <paramref name="destination"/>, allowed or not, by id.</summary>
    public IReadOnlyList<Route> Joining(int destination) =>
        destination >= 0 && _joining[destination] is { } routes ? routes : ValueList<Route>.Empty;

    /// <summary>
    /// The cheapest route to the requirement's hub (number <paramref name="destination"/>) that the requirement allows, or
    /// <see langword="null"/>.
    /// </summary>
    public RouteChoice? Cheapest(Requirement requirement, int destination) => Choice(destination, CheapestIndex(requirement, destination));

    /// <summary>
    /// Where <see cref="Cheapest"/>'s route stands among the routes to destination number <paramref name="destination"/>
    /// (cheapest first), or -1 when the requirement allows none: what a scored pair keeps instead of the route.
    /// </summary>
    public int CheapestIndex(Requirement requirement, int destination)
    {
        if (destination < 0 || _cheapest[destination] is not { } choices)
        {
            return -1;
        }

        // Transit countries matter only to a requirement that excludes some; the routes' lists are looked up only then.
        var checkTransit = requirement.ExcludedTransitCountries.Count > 0;
        Minerals.Quantity? minimum = null;
        for (var index = 0; index < choices.Length; index++)
        {
            var choice = choices[index];
            if (choice.Route.MaxAnnualVolume is not null)
            {
                minimum ??= RouteFinder.MinimumAnnualVolume(Offer, requirement);
            }

            if (RouteFinder.IsAllowed(choice.Route, checkTransit ? _finder.TransitCountries(choice.Route) : [], requirement, minimum ?? default))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The route at <paramref name="index"/> among those to destination number <paramref name="destination"/> (cheapest first), or <see langword="null"/> for -1.</summary>
    public RouteChoice? Choice(int destination, int index) => index < 0 ? null : _cheapest[destination]![index];
}
