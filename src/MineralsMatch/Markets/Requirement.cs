using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Markets;

/// <summary>A buyer's need for a product under a long-term contract.</summary>
/// <remarks>Volumes and prices are in the product's pricing unit; the bid is the most it pays landed at the destination hub.</remarks>
public sealed record Requirement
{
    /// <summary>The requirement id, unique in the market.</summary>
    public required string Id { get; init; }

    /// <summary>The buying party's id.</summary>
    public required string Buyer { get; init; }

    /// <summary>The product id.</summary>
    public required string Product { get; init; }

    /// <summary>The grade it needs.</summary>
    public GradeSpec Spec { get; init; } = GradeSpec.Any;

    /// <summary>The annual volume it wants.</summary>
    public required Quantity AnnualVolume { get; init; }

    /// <summary>
    /// The demand by year, in the unit of <see cref="AnnualVolume"/>, which stays the most in any year;
    /// <see langword="null"/> means <see cref="AnnualVolume"/> in every year of <see cref="Window"/>.
    /// </summary>
    public YearlyProfile? DemandByYear { get; init; }

    /// <summary>The least annual volume worth a contract.</summary>
    public Quantity? MinAnnualVolume { get; init; }

    /// <summary>The years it wants deliveries in.</summary>
    public required DeliveryWindow Window { get; init; }

    /// <summary>The contract lengths it will sign.</summary>
    public required TenorRange Tenor { get; init; }

    /// <summary>The most it pays, landed at <see cref="DestinationHub"/>.</summary>
    public required Price Bid { get; init; }

    /// <summary>The hub the goods must reach.</summary>
    public required string DestinationHub { get; init; }

    /// <summary>Strategic priority from 1 (low) to 10 (national stockpile); weights the coverage objective.</summary>
    public int Priority { get; init; } = 5;

    /// <summary>What the buyer uses the product for, or <see langword="null"/> when not stated (treated as <see cref="Markets.EndUse.Civil"/> by end-use measures).</summary>
    public EndUse? EndUse { get; init; }

    /// <summary>The most of the volume one supplier may provide, as a fraction (e.g. 0.6), or <see langword="null"/> for no cap.</summary>
    public decimal? MaxShareFromSupplier { get; init; }

    /// <summary>The most of the volume one origin country may provide, as a fraction, or <see langword="null"/> for no cap.</summary>
    public decimal? MaxShareFromCountry { get; init; }

    /// <summary>The delivery terms it accepts; empty means any.</summary>
    public IReadOnlyList<Incoterm> Incoterms { get; init => field = ValueList<Incoterm>.From(value); } = ValueList<Incoterm>.Empty;

    /// <summary>Route ids it will not use.</summary>
    public IReadOnlyList<string> ExcludedRoutes { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Countries (ISO alpha-2) its goods must not transit.</summary>
    public IReadOnlyList<string> ExcludedTransitCountries { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Origin countries (ISO alpha-2) it will not buy from.</summary>
    public IReadOnlyList<string> ExcludedOriginCountries { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Supplier party ids it will not buy from.</summary>
    public IReadOnlyList<string> ExcludedSuppliers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Free attributes (e.g. a required certification) that custom rules and scorers can read.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init => field = ValueMap<string>.From(value); } = ValueMap<string>.Empty;

    /// <summary>A free note: where figures come from and which are estimates.</summary>
    public string? Note { get; init; }
}
