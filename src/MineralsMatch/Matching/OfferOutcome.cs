using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>How much of an offer the proposals sell, and why not more.</summary>
public sealed record OfferOutcome
{
    /// <summary>The offer id.</summary>
    public required string Offer { get; init; }

    /// <summary>The producer.</summary>
    public required string Producer { get; init; }

    /// <summary>The product.</summary>
    public required string Product { get; init; }

    /// <summary>The mineral the product is a form of (from the catalog).</summary>
    public required string Mineral { get; init; }

    /// <summary>The annual volume offered.</summary>
    public required Quantity Capacity { get; init; }

    /// <summary>The annual volume sold in proposals.</summary>
    public required Quantity Sold { get; init; }

    /// <summary>The annual volume left unsold.</summary>
    public required Quantity Unsold { get; init; }

    /// <summary>The value in USD of one more unit of this offer's capacity (from the node potentials); positive when buyers want more than it has.</summary>
    public required decimal ShadowPrice { get; init; }

    /// <summary>The ask at which one more unit would sell, and for how much volume; null when nothing (or less than a volume step) is unsold.</summary>
    public ReservationPrice? SoldAt { get; init; }

    /// <summary>Per planning year, in year order: capacity, used, unused and why (one row for a one-year plan).</summary>
    public IReadOnlyList<OfferYear> Years { get; init => field = ValueList<OfferYear>.From(value); } = ValueList<OfferYear>.Empty;

    /// <summary>Why volume is unsold (empty when sold out).</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.From(value); } = ValueList<Reason>.Empty;
}
