using MineralsMatch.Collections;
using MineralsMatch.Markets;

namespace MineralsMatch.Policies;

/// <summary>
/// A dated trade policy: an export ban, licence or duty of the issuing country, a transit risk, or marketing rights over offers.
/// </summary>
/// <remarks>
/// Export measures concern pairs whose supplier is in <see cref="Issuer"/>, whose product matches <see cref="Products"/>,
/// whose buyer is in <see cref="Destinations"/> and whose requirement's end use is in <see cref="EndUses"/> (an empty list
/// matches all). A measure acts in every calendar year it is in force on at least one day, from <see cref="From"/> to
/// <see cref="To"/> inclusive.
/// </remarks>
public sealed record TradeMeasure
{
    /// <summary>The measure id, unique in the market (e.g. <c>cn-mofcom-1-2026-jp-military</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What the measure does.</summary>
    public required MeasureKind Kind { get; init; }

    /// <summary>Who issues it: the exporting country (ISO alpha-2) for export measures, the sanctioning country or bloc for transit risk, the granting party id for marketing rights.</summary>
    public required string Issuer { get; init; }

    /// <summary>The products concerned, each a mineral id, a product id or an HS code prefix (e.g. <c>8112.92</c>); empty means every product.</summary>
    public IReadOnlyList<string> Products { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Offer ids concerned (marketing rights name the offers they cover); empty means every offer that matches otherwise.</summary>
    public IReadOnlyList<string> Offers { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Destination countries (ISO alpha-2, the buyer's country); empty means every destination.</summary>
    public IReadOnlyList<string> Destinations { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>End uses concerned; empty means every end use.</summary>
    public IReadOnlyList<EndUse> EndUses { get; init => field = ValueList<EndUse>.From(value); } = ValueList<EndUse>.Empty;

    /// <summary>For transit risk: the countries whose transit carries the risk (ISO alpha-2).</summary>
    public IReadOnlyList<string> TransitCountries { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The first day in force, or <see langword="null"/> when in force since before any planning year.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day in force (inclusive), or <see langword="null"/> when open-ended.</summary>
    public DateOnly? To { get; init; }

    /// <summary>For an export duty: the duty as a percent of the ask (0–100).</summary>
    public decimal? DutyPercent { get; init; }

    /// <summary>For an export licence: the usual delay before a licence is granted, in days.</summary>
    public int? LicenceDelayDays { get; init; }

    /// <summary>For an export licence or a transit risk: the chance (0–1) the licence is refused or the transit is disrupted.</summary>
    public decimal? Probability { get; init; }

    /// <summary>For marketing rights: the party that sells the offers.</summary>
    public string? Marketer { get; init; }

    /// <summary>For marketing rights: the buyer countries served first (ISO alpha-2).</summary>
    public IReadOnlyList<string> PriorityCountries { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The source key (in the catalog or the market's catalog additions) the measure comes from.</summary>
    public required string Source { get; init; }

    /// <summary>Whether a figure of the measure (a probability, a delay, a date) is an estimate rather than read from the source.</summary>
    public bool Estimate { get; init; }

    /// <summary>A free note: what the source says, which figures are estimates and why.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the measure is in force on at least one day of <paramref name="year"/>.</summary>
    /// <param name="year">A calendar year.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool InForceIn(int year) => (From is not { } from || from.Year <= year) && (To is not { } to || to.Year >= year);
}
