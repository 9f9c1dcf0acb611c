using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Contracts;

/// <summary>The price terms of a proposed contract.</summary>
/// <remarks>
/// The base price is the ask plus a bargaining share of the surplus; the floor is the ask and the ceiling the
/// bid less logistics (both at the incoterm point). Long tenors are index-linked: the base price moves with
/// the named index, kept within the collar.
/// </remarks>
public sealed record PriceTerms
{
    /// <summary>The delivery term the prices refer to.</summary>
    public required Incoterm Incoterm { get; init; }

    /// <summary>The price in the first year, at the incoterm point.</summary>
    public required Price Base { get; init; }

    /// <summary>The lowest price the contract allows (the seller's ask).</summary>
    public required Price Floor { get; init; }

    /// <summary>The highest price the contract allows (the buyer's bid less logistics the buyer bears).</summary>
    public required Price Ceiling { get; init; }

    /// <summary>Whether the price follows a published index within the floor–ceiling collar.</summary>
    public required bool IndexLinked { get; init; }

    /// <summary>The index the price follows when <see cref="IndexLinked"/>, e.g. <c>gallium-4n assessment, CIF Japan</c>.</summary>
    public string? Index { get; init; }

    /// <summary>The annual volume tolerance either way, as a fraction (0.1 for ±10 %).</summary>
    public required decimal VolumeFlexibility { get; init; }

    /// <summary>
    /// Why <see cref="VolumeFlexibility"/> is narrower than the run's option, or <see langword="null"/> when it is not: the offer's
    /// capacity, the requirement's demand or the route's shared capacity, and the year, that the upper ends of all bands on it must fit.
    /// </summary>
    public string? FlexibilityLimit { get; init; }
}
