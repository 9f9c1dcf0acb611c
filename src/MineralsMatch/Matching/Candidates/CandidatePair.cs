using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Policies;

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

    // The run's route index, for the transit countries of a route (hub countries included); null for pairs built by hand.
    internal RouteFinder? Routes { get; init; }

    /// <summary>The trade measures that concern the pair (see <see cref="PairMeasures.Concern"/>), whatever their dates; empty when none.</summary>
    public IReadOnlyList<TradeMeasure> Measures { get; init => field = Collections.ValueList<TradeMeasure>.From(value); } = Collections.ValueList<TradeMeasure>.Empty;

    /// <summary>The party that sells the offer under marketing rights, or <see langword="null"/> when the producer sells it.</summary>
    public Party? Marketer { get; init; }

    /// <summary>
    /// Under marketing rights with buyer-country priority, for a buyer outside the priority countries: the offer's annual volume
    /// reserved for the priority countries' demand, in the pricing unit; <see langword="null"/> otherwise.
    /// </summary>
    public Quantity? PriorityReserve { get; init; }

    /// <summary>The party that sells the offer: the marketer when marketing rights cover it, otherwise the producer.</summary>
    public Party Seller => Marketer ?? Supplier;

    /// <summary>The first year both windows share (and the planning horizon, when there is one): the year the pair's figures describe.</summary>
    public int FirstYear => Math.Max(Math.Max(Offer.Window.FirstYear, Requirement.Window.FirstYear), Options.PlanningHorizon?.FirstYear ?? int.MinValue);

    /// <summary>The export duty in <see cref="FirstYear"/>, in USD per pricing unit (a percent of the ask); 0 when no duty is in force.</summary>
    public decimal DutyPerUnit => PairMeasures.DutyPerUnit(this, FirstYear);

    /// <summary>The ask in USD per pricing unit.</summary>
    public decimal AskPerUnit => Derived.Ask;

    /// <summary>The bid in USD per pricing unit.</summary>
    public decimal BidPerUnit => Derived.Bid;

    /// <summary>The ask plus the export duty in <see cref="FirstYear"/> plus logistics, in USD per pricing unit (no logistics when no route is picked).</summary>
    public decimal LandedCostPerUnit => Derived.Ask + DutyPerUnit + (Route?.LogisticsPerUnit ?? 0m);

    /// <summary>The most both sides allow per year, in the pricing unit: capacity (less any priority reserve), demand, share caps and the route's limit.</summary>
    public Quantity MaxAnnualVolume => Derived.Most;

    /// <summary>Which bound sets <see cref="MaxAnnualVolume"/> (the first of them on a tie, in the order of <see cref="VolumeLimit"/>).</summary>
    public VolumeLimit MaxAnnualVolumeLimit => Derived.Limit;

    /// <summary>The least annual volume a contract needs to satisfy both sides, in the pricing unit.</summary>
    public Quantity MinAnnualVolume => Derived.Least;

    // Rules and scorers read these many times per pair; they are computed once and recomputed only if a
    // `with` expression swaps the offer, requirement, product or route they came from.
    private PairFigures Derived
    {
        get
        {
            if (!_figures.CameFrom(this))
            {
                _figures.Compute(this);
            }

            return _figures;
        }
    }

    private readonly PairFigures _figures = new();

    // Equal to every other instance, so the memo never affects the record's equality. A `with` copy shares
    // it, and recomputes it when the copy's inputs differ.
    private sealed class PairFigures : IEquatable<PairFigures>
    {
        private SupplyOffer? _offer;
        private Requirement? _requirement;
        private Product? _product;
        private RouteChoice? _route;
        private Quantity? _reserve;

        public decimal Ask { get; private set; }

        public decimal Bid { get; private set; }

        public Quantity Most { get; private set; }

        public VolumeLimit Limit { get; private set; }

        public Quantity Least { get; private set; }

        public bool CameFrom(CandidatePair pair) =>
            _offer is not null && ReferenceEquals(_offer, pair.Offer) && ReferenceEquals(_requirement, pair.Requirement)
            && ReferenceEquals(_product, pair.Product) && ReferenceEquals(_route, pair.Route) && _reserve == pair.PriorityReserve;

        public void Compute(CandidatePair pair)
        {
            var unit = pair.Product.PricingUnit;
            Ask = pair.Offer.Ask.ConvertTo(unit).Usd;
            Bid = pair.Requirement.Bid.ConvertTo(unit).Usd;
            Least = RouteFinder.MinimumAnnualVolume(pair.Offer, pair.Requirement).ConvertTo(unit);
            var offer = pair.Offer.AnnualVolume.ConvertTo(unit);
            var requirement = pair.Requirement.AnnualVolume.ConvertTo(unit);
            var (most, limit) = offer <= requirement ? (offer, VolumeLimit.OfferCapacity) : (requirement, VolumeLimit.RequirementTarget);
            if (pair.Requirement.MaxShareFromSupplier is { } share && requirement * share < most)
            {
                (most, limit) = (requirement * share, VolumeLimit.SupplierShare);
            }

            if (pair.Requirement.MaxShareFromCountry is { } countryShare && requirement * countryShare < most)
            {
                (most, limit) = (requirement * countryShare, VolumeLimit.CountryShare);
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

            (Most, Limit) = (most, limit);
            (_offer, _requirement, _product, _route, _reserve) = (pair.Offer, pair.Requirement, pair.Product, pair.Route, pair.PriorityReserve);
        }

        public bool Equals(PairFigures? other) => other is not null;

        public override bool Equals(object? obj) => obj is PairFigures;

        public override int GetHashCode() => 0;
    }
}
