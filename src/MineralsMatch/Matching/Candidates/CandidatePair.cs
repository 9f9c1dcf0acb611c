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
    public decimal AskPerUnit => PairFigures.AskOf(this);

    /// <summary>The bid in USD per pricing unit.</summary>
    public decimal BidPerUnit => PairFigures.BidOf(this);

    /// <summary>The ask plus the export duty in <see cref="FirstYear"/> plus logistics, in USD per pricing unit (no logistics when no route is picked).</summary>
    public decimal LandedCostPerUnit => AskPerUnit + DutyPerUnit + (Route?.LogisticsPerUnit ?? 0m);

    /// <summary>The most both sides allow per year, in the pricing unit: capacity (less any priority reserve), demand, share caps and the route's limit.</summary>
    /// <remarks>Worked out from the pair's members on every read: the record holds no state of its own beyond them.</remarks>
    public Quantity MaxAnnualVolume => PairFigures.MostOf(this).Most;

    /// <summary>Which bound sets <see cref="MaxAnnualVolume"/> (the first of them on a tie, in the order of <see cref="VolumeLimit"/>).</summary>
    public VolumeLimit MaxAnnualVolumeLimit => PairFigures.MostOf(this).Limit;

    /// <summary>The least annual volume a contract needs to satisfy both sides, in the pricing unit.</summary>
    public Quantity MinAnnualVolume => PairFigures.LeastOf(this);
}
