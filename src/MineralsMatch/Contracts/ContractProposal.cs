using MineralsMatch.Collections;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;

namespace MineralsMatch.Contracts;

/// <summary>A proposed long-term supply contract: who supplies whom, how much per year, for how long, at what terms, by which route, and why.</summary>
public sealed record ContractProposal
{
    /// <summary>A stable id, <c>offerId→requirementId</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The supply offer.</summary>
    public required string Offer { get; init; }

    /// <summary>The requirement.</summary>
    public required string Requirement { get; init; }

    /// <summary>The supplying party.</summary>
    public required string Supplier { get; init; }

    /// <summary>The party that sells the offer under marketing rights (e.g. a marketer of a joint venture's output), or <see langword="null"/> when the supplier sells it.</summary>
    public string? Seller { get; init; }

    /// <summary>The buying party.</summary>
    public required string Buyer { get; init; }

    /// <summary>The product.</summary>
    public required string Product { get; init; }

    /// <summary>The route the goods take.</summary>
    public required string Route { get; init; }

    /// <summary>The contracted annual volume, in the product's pricing unit.</summary>
    public required Quantity AnnualVolume { get; init; }

    /// <summary>The first delivery year.</summary>
    public required int StartYear { get; init; }

    /// <summary>The length in years.</summary>
    public required int TenorYears { get; init; }

    /// <summary>The price terms.</summary>
    public required PriceTerms Terms { get; init; }

    /// <summary>The pricing policy that set <see cref="PriceTerms.Base"/>; <see cref="PricingPolicy.Pair"/> by default.</summary>
    public PricingPolicy Pricing { get; init; } = PricingPolicy.Pair;

    /// <summary>The negotiation range around the base price, or <see langword="null"/> when the run had no dual solution to read it from.</summary>
    public NegotiationRange? Negotiation { get; init; }

    /// <summary>The buyer's cost per unit delivered at its hub: ask plus logistics.</summary>
    public required Price LandedCost { get; init; }

    /// <summary>The value per unit that the allocation maximised, the sum of <see cref="ValueBreakdown"/>.</summary>
    public required decimal ValuePerUnit { get; init; }

    /// <summary>The value components per unit.</summary>
    public IReadOnlyList<ValueComponent> ValueBreakdown { get; init => field = ValueList<ValueComponent>.From(value); } = ValueList<ValueComponent>.Empty;

    /// <summary>The quarterly delivery schedule over the whole tenor.</summary>
    public IReadOnlyList<DeliveryInstalment> Schedule { get; init => field = ValueList<DeliveryInstalment>.From(value); } = ValueList<DeliveryInstalment>.Empty;

    /// <summary>Why this pair and this volume, in a sentence or two.</summary>
    public required string Explanation { get; init; }
}
