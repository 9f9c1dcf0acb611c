namespace MineralsMatch.Matching;

/// <summary>How the terms policy sets each contract's base price (see docs/pricing.md).</summary>
public enum PricingPolicy
{
    /// <summary>Each pair splits its own surplus: the ask plus the bargaining share of (ceiling − floor). The default.</summary>
    Pair,

    /// <summary>
    /// Competitive (core) prices from the allocation's dual solution as the solver found it: one FCA price per offer, the ask
    /// plus the offer's shadow value per unit, so every buyer of one offer pays the same FCA price.
    /// </summary>
    Core,

    /// <summary>The core point best for every seller at once: each offer's shadow value at its largest over all optimal duals.</summary>
    SellerOptimal,

    /// <summary>The core point best for every buyer at once: each offer's shadow value at its smallest over all optimal duals.</summary>
    BuyerOptimal,

    /// <summary>The midpoint of the seller-optimal and buyer-optimal core points (a core point too: the core is convex).</summary>
    Midpoint,
}
