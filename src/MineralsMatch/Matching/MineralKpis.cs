using MineralsMatch.Collections;

namespace MineralsMatch.Matching;

/// <summary>One mineral's KPIs: how much of its demand the proposals meet, by contained quantity and by value, and where it comes from.</summary>
/// <remarks>
/// Contained quantity is the volume in kg of the mineral's element: as it is when the product is priced on the element's basis
/// (ferrochrome per lb of Cr), else times the product's content; a product without a content counts as traded and sets
/// <see cref="QuantityAsTraded"/>. Value is the
/// volume at the requirement's bid. Concentration is over supplier countries, by contained quantity, as a
/// Herfindahl–Hirschman index from 0 to 10,000: after the proposals it is the baseline imports (when the market gives them, see
/// <see cref="Markets.Market.BaselineImports"/>) plus the proposals to buyers in the importing country; without a baseline, the
/// proposals alone. Quantities from countries a baseline does not name add nothing to the index, so it is then a lower bound.
/// </remarks>
public sealed record MineralKpis
{
    /// <summary>The mineral id.</summary>
    public required string Mineral { get; init; }

    /// <summary>The ids of the criticality lists the mineral is on, in ordinal order.</summary>
    public IReadOnlyList<string> Lists { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>
    /// Whether some product of the mineral in the result has no content in the catalog, so its quantity counts as traded (gross
    /// or on its price basis) rather than as contained mineral: the quantities and shares are then approximate.
    /// </summary>
    public bool QuantityAsTraded { get; init; }

    /// <summary>Annual demand across its products, in kg of contained mineral.</summary>
    public required decimal DemandContainedKg { get; init; }

    /// <summary>Annual volume proposed across its products, in kg of contained mineral.</summary>
    public required decimal MetContainedKg { get; init; }

    /// <summary>The share of demand met by contained quantity, 0 to 1.</summary>
    public required decimal DemandMetShare { get; init; }

    /// <summary>Annual demand valued at the requirements' bids, in USD.</summary>
    public required decimal DemandValueUsd { get; init; }

    /// <summary>The met part of that demand valued at the same bids, in USD.</summary>
    public required decimal MetValueUsd { get; init; }

    /// <summary>The share of demand met by value at the bids, 0 to 1.</summary>
    public required decimal ValueMetShare { get; init; }

    /// <summary>Supplier-country concentration after the proposals (0 to 10,000), or <see langword="null"/> with neither proposals nor a baseline.</summary>
    public decimal? Hhi { get; init; }

    /// <summary>The largest supplier country after the proposals, or <see langword="null"/> when there is none.</summary>
    public string? TopCountry { get; init; }

    /// <summary>The share (0 to 1) of the largest supplier country after the proposals, or <see langword="null"/>.</summary>
    public decimal? TopCountryShare { get; init; }

    /// <summary>The year of the baseline imports, or <see langword="null"/> when the market gives none for the mineral.</summary>
    public int? BaselineYear { get; init; }

    /// <summary>Supplier-country concentration of the baseline imports (0 to 10,000), or <see langword="null"/> without a baseline.</summary>
    public decimal? BaselineHhi { get; init; }

    /// <summary>The largest supplier country of the baseline imports, or <see langword="null"/> without a baseline.</summary>
    public string? BaselineTopCountry { get; init; }

    /// <summary>The share (0 to 1) of the largest supplier country of the baseline imports, or <see langword="null"/> without a baseline.</summary>
    public decimal? BaselineTopCountryShare { get; init; }
}
