using System.Globalization;
using MineralsMatch.Logistics;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Candidates;

/// <summary>An allowed route must join the offer's origin hub and the requirement's destination hub.</summary>
public sealed class RouteRule : ICandidateRule, IDeferredRule
{
    /// <inheritdoc />
    public string Name => "route";

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Route is not null)
        {
            return null;
        }

        if (pair.JoiningRoutes.Count == 0)
        {
            return new Reason(ReasonKind.NoAllowedRoute, $"no route from {pair.Offer.OriginHub} to {pair.Requirement.DestinationHub}", pair.Offer.Id);
        }

        var why = pair.JoiningRoutes.Select(route => Why(route, pair));
        return new Reason(
            ReasonKind.NoAllowedRoute,
            $"no allowed route from {pair.Offer.OriginHub} to {pair.Requirement.DestinationHub}: {string.Join("; ", why)}",
            pair.Offer.Id);
    }

    /// <inheritdoc />
    ReasonKind? IDeferredRule.Fails(in PairView pair, in PairFigures figures) => pair.Route is null ? ReasonKind.NoAllowedRoute : null;

    private static string Why(Route route, CandidatePair pair)
    {
        if (pair.Requirement.ExcludedRoutes.Contains(route.Id, StringComparer.Ordinal))
        {
            return $"{route.Id} is excluded by {pair.Requirement.Id}";
        }

        var transit = (pair.Routes?.TransitCountries(route) ?? route.TransitCountries).FirstOrDefault(c => pair.Requirement.ExcludedTransitCountries.Contains(c, StringComparer.Ordinal));
        if (transit is not null)
        {
            return $"{route.Id} transits {transit}, which {pair.Requirement.Id} excludes";
        }

        var max = route.MaxAnnualVolume is { } m ? m.ConvertTo(pair.Product.PricingUnit) : Quantity.Zero(pair.Product.PricingUnit);
        return string.Create(CultureInfo.InvariantCulture, $"{route.Id} carries at most {max}/yr, below the contract minimum {pair.MinAnnualVolume}");
    }
}
