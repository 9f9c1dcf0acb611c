using MineralsMatch.Minerals;

namespace MineralsMatch.Comparison;

/// <summary>What a comparison reads of a contract proposal.</summary>
public sealed record ProposalSnapshot
{
    /// <summary>The proposal id.</summary>
    public required string Id { get; init; }

    /// <summary>The offer id.</summary>
    public required string Offer { get; init; }

    /// <summary>The requirement id.</summary>
    public required string Requirement { get; init; }

    /// <summary>The supplier party id.</summary>
    public required string Supplier { get; init; }

    /// <summary>The buyer party id.</summary>
    public required string Buyer { get; init; }

    /// <summary>The product id.</summary>
    public required string Product { get; init; }

    /// <summary>The route id.</summary>
    public required string Route { get; init; }

    /// <summary>The annual volume.</summary>
    public required Quantity AnnualVolume { get; init; }

    /// <summary>The first delivery year.</summary>
    public required int StartYear { get; init; }

    /// <summary>The tenor in years.</summary>
    public required int TenorYears { get; init; }

    /// <summary>The base price, USD per unit of the volume.</summary>
    public required decimal BasePrice { get; init; }

    /// <summary>The value the pairing creates, USD per unit.</summary>
    public required decimal ValuePerUnit { get; init; }
}
