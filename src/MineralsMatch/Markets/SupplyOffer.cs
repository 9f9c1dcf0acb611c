using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Markets;

/// <summary>A producer's offer to sell a product under a long-term contract.</summary>
/// <remarks>Volumes and prices are in the product's pricing unit; the ask is at the origin hub (FCA/FOB point).</remarks>
public sealed record SupplyOffer
{
    /// <summary>The offer id, unique in the market.</summary>
    public required string Id { get; init; }

    /// <summary>The producing party's id.</summary>
    public required string Producer { get; init; }

    /// <summary>The product id.</summary>
    public required string Product { get; init; }

    /// <summary>The grade the producer guarantees.</summary>
    public GradeSpec Grade { get; init; } = GradeSpec.Any;

    /// <summary>The most it will sell per year, across all contracts.</summary>
    public required Quantity AnnualVolume { get; init; }

    /// <summary>
    /// The capacity by year (a ramp-up or an explicit profile), in the unit of <see cref="AnnualVolume"/>, which stays
    /// the most in any year; <see langword="null"/> means <see cref="AnnualVolume"/> in every year of <see cref="Window"/>.
    /// </summary>
    public YearlyProfile? CapacityByYear { get; init; }

    /// <summary>The least annual volume it will sign in one contract.</summary>
    public Quantity? MinAnnualVolume { get; init; }

    /// <summary>The years it can deliver in.</summary>
    public required DeliveryWindow Window { get; init; }

    /// <summary>The contract lengths it will sign.</summary>
    public required TenorRange Tenor { get; init; }

    /// <summary>The asking price at the origin hub.</summary>
    public required Price Ask { get; init; }

    /// <summary>The hub the goods leave from.</summary>
    public required string OriginHub { get; init; }

    /// <summary>The delivery terms it offers; empty means FCA only.</summary>
    public IReadOnlyList<Incoterm> Incoterms { get; init => field = ValueList<Incoterm>.From(value); } = ValueList<Incoterm>.Empty;

    /// <summary>Party ids it will not sell to.</summary>
    public IReadOnlyList<string> ExcludedBuyers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Countries (ISO alpha-2) it will not sell to.</summary>
    public IReadOnlyList<string> ExcludedCountries { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Free attributes (e.g. certifications) that custom rules and scorers can read.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init => field = ValueMap<string>.From(value); } = ValueMap<string>.Empty;

    /// <summary>A free note: where figures come from and which are estimates.</summary>
    public string? Note { get; init; }
}
