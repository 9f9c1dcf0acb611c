using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A pair as the built-in rules and scorers read it in the engine's pass: the members of a <see cref="CandidatePair"/> on the
/// stack, so that a market without trade measures and with only built-in rules and scorers builds no record per pair.
/// </summary>
/// <remarks>
/// Where trade measures concern a pair the engine builds its record (measures, marketer, priority reserve) and the view carries
/// it as <see cref="Record"/>; without one, those members are empty.
/// </remarks>
internal readonly ref struct PairView
{
    /// <summary>A view without a record: no measures, marketer or priority reserve.</summary>
    /// <param name="offer">The offer.</param>
    /// <param name="requirement">The requirement.</param>
    /// <param name="product">The product both name.</param>
    /// <param name="supplier">The producer.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="route">The picked route, or <see langword="null"/>.</param>
    /// <param name="options">The run's options.</param>
    public PairView(SupplyOffer offer, Requirement requirement, Product product, Party supplier, Party buyer, RouteChoice? route, MatchingOptions options)
    {
        Offer = offer;
        Requirement = requirement;
        Product = product;
        Supplier = supplier;
        Buyer = buyer;
        Route = route;
        Options = options;
        Record = null;
    }

    private PairView(CandidatePair record)
    {
        Offer = record.Offer;
        Requirement = record.Requirement;
        Product = record.Product;
        Supplier = record.Supplier;
        Buyer = record.Buyer;
        Route = record.Route;
        Options = record.Options;
        Record = record;
    }

    /// <summary>The offer.</summary>
    public SupplyOffer Offer { get; }

    /// <summary>The requirement.</summary>
    public Requirement Requirement { get; }

    /// <summary>The product both name.</summary>
    public Product Product { get; }

    /// <summary>The producer.</summary>
    public Party Supplier { get; }

    /// <summary>The buyer.</summary>
    public Party Buyer { get; }

    /// <summary>The route picked for the pair, or <see langword="null"/> when no allowed route exists.</summary>
    public RouteChoice? Route { get; }

    /// <summary>The run's options.</summary>
    public MatchingOptions Options { get; }

    /// <summary>The pair's record when one was built (always where trade measures concern it), otherwise <see langword="null"/>.</summary>
    public CandidatePair? Record { get; }

    /// <summary>Whether trade measures concern the pair.</summary>
    public bool HasMeasures => Record is { Measures.Count: > 0 };

    /// <summary>The offer's annual volume reserved for priority buyers, as <see cref="CandidatePair.PriorityReserve"/>.</summary>
    public Quantity? PriorityReserve => Record?.PriorityReserve;

    /// <summary>The view of a record.</summary>
    public static PairView Of(CandidatePair record) => new(record);
}
