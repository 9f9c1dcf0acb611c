using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Markets;

/// <summary>
/// What an importing country bought of a mineral in a base year, and from which countries: the mix the KPIs compare the
/// proposals against (supplier-country concentration before and after).
/// </summary>
/// <remarks>
/// The quantity is of the contained mineral. The shares need not add up to 1: the rest came from countries the source does not
/// name, and counts as spread so thin that it adds nothing to the concentration (HHI), which is then a lower bound.
/// </remarks>
public sealed record BaselineImports
{
    /// <summary>The mineral id.</summary>
    public required string Mineral { get; init; }

    /// <summary>The importing country (ISO 3166-1 alpha-2); proposals to buyers in this country add to the mix.</summary>
    public required string Importer { get; init; }

    /// <summary>The year the figures are for.</summary>
    public required int Year { get; init; }

    /// <summary>The quantity imported in that year, of the contained mineral.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>The share (0 to 1) of the quantity from each named country, in any order; countries are unique.</summary>
    public IReadOnlyList<CountryShare> Shares { get; init => field = ValueList<CountryShare>.From(value); } = ValueList<CountryShare>.Empty;

    /// <summary>The key of the source (in the catalog or the market's catalog additions) that gives the figures.</summary>
    public required string Source { get; init; }

    /// <summary>Whether any figure is an estimate rather than read from the source (the note says which and how).</summary>
    public bool Estimate { get; init; }

    /// <summary>A free note: what the source says exactly and what is read into it.</summary>
    public string? Note { get; init; }
}
