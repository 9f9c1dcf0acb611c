namespace MineralsMatch.Matching.Terms;

/// <summary>
/// What the allocation's dual solution says about one allocated pair, in USD per pricing unit: the value per unit its offer's
/// capacity and its requirement's demand earn in the optimal duals. The terms policy turns these into core prices and
/// negotiation ranges (docs/pricing.md).
/// </summary>
public sealed record CompetitiveRents
{
    /// <summary>The pair's value per unit as the allocation used it (rounded to the value resolution).</summary>
    public required decimal PairValue { get; init; }

    /// <summary>The offer's value per unit in the solver's own dual, brought into the core where the solver's potentials leave it.</summary>
    public required decimal SellerRent { get; init; }

    /// <summary>The offer's smallest value per unit over all optimal duals (at the buyer-optimal core point).</summary>
    public required decimal SellerRentLow { get; init; }

    /// <summary>The offer's largest value per unit over all optimal duals (at the seller-optimal core point).</summary>
    public required decimal SellerRentHigh { get; init; }

    /// <summary>The requirement's smallest value per unit over all optimal duals (at the seller-optimal core point).</summary>
    public required decimal BuyerRentLow { get; init; }

    /// <summary>The requirement's largest value per unit over all optimal duals (at the buyer-optimal core point).</summary>
    public required decimal BuyerRentHigh { get; init; }

    /// <summary>
    /// The seller's next best use per unit: the most another of its candidate buyers would pay over the ask while keeping its
    /// largest core value (0 when there is none), but at most <see cref="SellerRentLow"/>.
    /// </summary>
    public required decimal SellerNextBestUse { get; init; }

    /// <summary>
    /// The buyer's next best alternative per unit: the most it would keep buying from another of its candidate offers at that
    /// offer's highest core price (0 when there is none), but at most <see cref="PairValue"/> − <see cref="SellerRentHigh"/>.
    /// </summary>
    public required decimal BuyerNextBestAlternative { get; init; }
}
