using MineralsMatch.Logistics;
using MineralsMatch.Markets;

namespace MineralsMatch.Matching;

/// <summary>Compares (offer, route, options) keys by reference: one run prices each object once.</summary>
internal sealed class ReferenceKeyComparer : IEqualityComparer<(SupplyOffer Offer, Route Route, MatchingOptions Options)>
{
    public static ReferenceKeyComparer Instance { get; } = new();

    public bool Equals((SupplyOffer Offer, Route Route, MatchingOptions Options) x, (SupplyOffer Offer, Route Route, MatchingOptions Options) y) =>
        ReferenceEquals(x.Offer, y.Offer) && ReferenceEquals(x.Route, y.Route) && ReferenceEquals(x.Options, y.Options);

    public int GetHashCode((SupplyOffer Offer, Route Route, MatchingOptions Options) obj) =>
        HashCode.Combine(
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Offer),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Route),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Options));
}
