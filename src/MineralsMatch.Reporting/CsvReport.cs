using MineralsMatch.Formatting;
using System.Text;
using CsvHelper;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Reporting.Formatting;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Reporting;

/// <summary>Writes a <see cref="MatchResult"/> as CSV: one file per table.</summary>
/// <remarks>
/// <para>
/// One file per table (<see cref="ProposalsFile"/>, <see cref="RequirementsFile"/>, <see cref="OffersFile"/>,
/// <see cref="CoverageFile"/>) rather than one file with mixed record types: every file is a rectangle with a
/// single header row, so a spreadsheet, <c>pandas.read_csv</c> or a database import reads it without
/// configuration, and a column's meaning never depends on the row.
/// </para>
/// <para>
/// Files follow RFC 4180 (comma separator, CRLF line ends, quotes where needed), are UTF-8 without a byte
/// order mark, and write numbers in the invariant culture without thousands separators. Column names are
/// <c>snake_case</c>; money is in US dollars, volumes in the unit named by the row's <c>unit</c> column.
/// Text from the market (ids, reasons) is protected against CSV injection: a field starting with
/// <c>= + - @</c>, tab or CR is prefixed with <c>'</c> and quoted, so a spreadsheet shows it as text
/// instead of running it as a formula. Numbers are never prefixed.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// IReadOnlyList&lt;string&gt; files = CsvReport.WriteDirectory(result, "out/csv");
/// </code>
/// </example>
public static class CsvReport
{
    /// <summary>The file name of the proposals table: one row per proposed contract.</summary>
    public const string ProposalsFile = "proposals.csv";

    /// <summary>The file name of the requirements table: one row per requirement, met or not.</summary>
    public const string RequirementsFile = "requirements.csv";

    /// <summary>The file name of the offers table: one row per supply offer, sold or not.</summary>
    public const string OffersFile = "offers.csv";

    /// <summary>The file name of the KPIs per mineral: one row per mineral with demand.</summary>
    public const string CoverageFile = "coverage.csv";

    /// <summary>The file name of the coverage per criticality list: one row per list with a demanded mineral.</summary>
    public const string ListsFile = "coverage-lists.csv";

    /// <summary>The file name of the per-year offers table: one row per offer and planning year.</summary>
    public const string OfferYearsFile = "offer-years.csv";

    /// <summary>The file name of the per-year requirements table: one row per requirement and planning year.</summary>
    public const string RequirementYearsFile = "requirement-years.csv";

    /// <summary>The file name of the per-year routes table: one row per route used by a candidate contract and planning year.</summary>
    public const string RouteYearsFile = "route-years.csv";

    /// <summary>The file name of the stability certificate (one row), written only for the stable objective.</summary>
    public const string StabilityFile = "stability.csv";

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
    };

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the eight tables (nine with the stability certificate of a stable plan) into a directory, creating it when missing and replacing files of the same names.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="directory">The directory.</param>
    /// <returns>The full paths written, in the order proposals, requirements, offers, coverage, coverage per list, offer years, requirement years, route years, stability.</returns>
    public static IReadOnlyList<string> WriteDirectory(MatchResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Directory.CreateDirectory(directory).FullName;
        return
        [
            WriteFile(Path.Combine(root, ProposalsFile), result, WriteProposals),
            WriteFile(Path.Combine(root, RequirementsFile), result, WriteRequirements),
            WriteFile(Path.Combine(root, OffersFile), result, WriteOffers),
            WriteFile(Path.Combine(root, CoverageFile), result, WriteCoverage),
            WriteFile(Path.Combine(root, ListsFile), result, WriteLists),
            WriteFile(Path.Combine(root, OfferYearsFile), result, WriteOfferYears),
            WriteFile(Path.Combine(root, RequirementYearsFile), result, WriteRequirementYears),
            WriteFile(Path.Combine(root, RouteYearsFile), result, WriteRouteYears),
            .. result.Stability is null ? Array.Empty<string>() : [WriteFile(Path.Combine(root, StabilityFile), result, WriteStability)],
        ];
    }

    /// <summary>Writes the stability certificate: one row, or only the header when the result has none.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>Columns: <c>pairs_checked, blocking_pairs, stable_value_score, optimal_value_score, price_of_stability</c> (value scores per year: not money).</remarks>
    public static void WriteStability(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader(["pairs_checked", "blocking_pairs", "stable_value_score", "optimal_value_score", "price_of_stability"]);
        if (r.Stability is { } s)
        {
            csv.WriteField(s.PairsChecked, []);
            csv.WriteField(s.BlockingPairs, []);
            Number(csv, s.StableValue, s.OptimalValue, s.PriceOfStability);
            csv.EndRecord();
        }
    });

    /// <summary>Writes the proposals table.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>
    /// Columns: <c>id, offer, requirement, supplier, buyer, product, route, annual_volume, unit, start_year,
    /// tenor_years, incoterm, base_price_usd, floor_usd, ceiling_usd, pricing, seller_walk_away_usd, buyer_walk_away_usd,
    /// index_linked, index, volume_flexibility, flexibility_limit,
    /// landed_cost_usd, value_score_per_unit, annual_turnover_usd, annual_value_score, explanation</c>.
    /// Prices are per <c>unit</c>. Turnover and landed cost are money (USD); the value score adds strategic bonuses and subtracts
    /// risk penalties, so it is not money. <c>flexibility_limit</c> names what narrowed the band, empty when nothing did.
    /// </remarks>
    public static void WriteProposals(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader([
            "id", "offer", "requirement", "supplier", "buyer", "product", "route", "annual_volume", "unit", "start_year",
            "tenor_years", "incoterm", "base_price_usd", "floor_usd", "ceiling_usd", "pricing", "seller_walk_away_usd", "buyer_walk_away_usd", "index_linked", "index", "volume_flexibility",
            "flexibility_limit", "landed_cost_usd", "value_score_per_unit", "annual_turnover_usd", "annual_value_score", "explanation"]);
        foreach (var p in r.Proposals)
        {
            var unit = p.AnnualVolume.Unit;
            Text(csv, p.Id, p.Offer, p.Requirement, p.Supplier, p.Buyer, p.Product, p.Route);
            Number(csv, p.AnnualVolume.Amount);
            Text(csv, unit.Symbol());
            csv.WriteField(p.StartYear, []);
            csv.WriteField(p.TenorYears, []);
            Text(csv, p.Terms.Incoterm.Code());
            Number(csv, p.Terms.Base.ConvertTo(unit).Usd, p.Terms.Floor.ConvertTo(unit).Usd, p.Terms.Ceiling.ConvertTo(unit).Usd);
            Text(csv, FileNames.Of(p.Pricing));
            if (p.Negotiation is { } range)
            {
                Number(csv, range.SellerWalkAway.ConvertTo(unit).Usd, range.BuyerWalkAway.ConvertTo(unit).Usd);
            }
            else
            {
                Text(csv, string.Empty, string.Empty);
            }

            csv.WriteField(p.Terms.IndexLinked);
            Text(csv, p.Terms.Index ?? string.Empty);
            Number(csv, p.Terms.VolumeFlexibility);
            Text(csv, p.Terms.FlexibilityLimit ?? string.Empty);
            Number(csv, p.LandedCost.ConvertTo(unit).Usd, p.ValuePerUnit);
            Number(csv, ProposalValue.AnnualTurnover(p), ProposalValue.AnnualValue(p));
            Text(csv, p.Explanation);
            csv.EndRecord();
        }
    });

    /// <summary>Writes the requirements table.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>
    /// Columns: <c>requirement, buyer, product, target, met, unmet, unit, shadow_price_usd, served_at_status, served_at_bid_usd,
    /// served_at_volume, served_at_offer, reason_kinds, reasons</c>; the <c>served_at</c> columns are empty when nothing is unmet
    /// (status <c>priced</c>, <c>unreachable</c>, <c>not-price-bound</c> or <c>not-computed</c>, as in JSON).
    /// Several reasons are separated by <c>" | "</c>; <c>reason_kinds</c> holds their kinds (e.g. <c>CapacityTaken</c>) the same way.
    /// </remarks>
    public static void WriteRequirements(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader(["requirement", "buyer", "product", "target", "met", "unmet", "unit", "shadow_price_usd", "served_at_status", "served_at_bid_usd", "served_at_volume", "served_at_offer", "reason_kinds", "reasons"]);
        foreach (var o in r.Requirements)
        {
            var unit = o.Target.Unit;
            Text(csv, o.Requirement, o.Buyer, o.Product);
            Number(csv, o.Target.Amount, o.Met.ConvertTo(unit).Amount, o.Unmet.ConvertTo(unit).Amount);
            Text(csv, unit.Symbol());
            Number(csv, o.ShadowPrice);
            Reservation(csv, o.ServedAt, unit);
            Text(csv, string.Join(" | ", o.Reasons.Select(x => x.Kind.ToString())), string.Join(" | ", o.Reasons.Select(ReasonText.Line)));
            csv.EndRecord();
        }
    });

    /// <summary>Writes the offers table.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>
    /// Columns: <c>offer, producer, product, capacity, sold, unsold, unit, shadow_price_usd, sold_at_status, sold_at_ask_usd,
    /// sold_at_volume, sold_at_requirement, reason_kinds, reasons</c>, with the <c>sold_at</c> columns and reasons as in
    /// <see cref="WriteRequirements"/>.
    /// </remarks>
    public static void WriteOffers(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader(["offer", "producer", "product", "capacity", "sold", "unsold", "unit", "shadow_price_usd", "sold_at_status", "sold_at_ask_usd", "sold_at_volume", "sold_at_requirement", "reason_kinds", "reasons"]);
        foreach (var o in r.Offers)
        {
            var unit = o.Capacity.Unit;
            Text(csv, o.Offer, o.Producer, o.Product);
            Number(csv, o.Capacity.Amount, o.Sold.ConvertTo(unit).Amount, o.Unsold.ConvertTo(unit).Amount);
            Text(csv, unit.Symbol());
            Number(csv, o.ShadowPrice);
            Reservation(csv, o.SoldAt, unit);
            Text(csv, string.Join(" | ", o.Reasons.Select(x => x.Kind.ToString())), string.Join(" | ", o.Reasons.Select(ReasonText.Line)));
            csv.EndRecord();
        }
    });

    /// <summary>Writes the KPIs per mineral.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>
    /// Columns: <c>mineral, lists, quantity_as_traded, demand_contained_kg, met_contained_kg, demand_met_share, demand_value_usd, met_value_usd,
    /// value_met_share, hhi, top_country, top_country_share, baseline_year, baseline_hhi, baseline_top_country,
    /// baseline_top_country_share</c>; shares from 0 to 1, HHI from 0 to 10,000, <c>lists</c> separated by <c>|</c>; a figure
    /// that does not exist (no supplier country, no baseline) is empty; <c>quantity_as_traded</c> is <c>True</c> when a product of the mineral
    /// has no content in the catalog, so its quantity counts as traded rather than contained.
    /// </remarks>
    public static void WriteCoverage(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader(["mineral", "lists", "quantity_as_traded", "demand_contained_kg", "met_contained_kg", "demand_met_share", "demand_value_usd", "met_value_usd", "value_met_share",
            "hhi", "top_country", "top_country_share", "baseline_year", "baseline_hhi", "baseline_top_country", "baseline_top_country_share"]);
        foreach (var m in r.Kpis.Minerals)
        {
            Text(csv, m.Mineral, string.Join("|", m.Lists));
            csv.WriteField(m.QuantityAsTraded);
            Number(csv, m.DemandContainedKg, m.MetContainedKg, m.DemandMetShare, m.DemandValueUsd, m.MetValueUsd, m.ValueMetShare);
            Text(csv, Optional(m.Hhi), m.TopCountry ?? string.Empty, Optional(m.TopCountryShare), m.BaselineYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            Text(csv, Optional(m.BaselineHhi), m.BaselineTopCountry ?? string.Empty, Optional(m.BaselineTopCountryShare));
            csv.EndRecord();
        }
    });

    /// <summary>Writes the coverage per criticality list.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>
    /// Columns: <c>list, name, minerals_demanded, fully_covered, partly_covered, not_covered, mean_demand_met_share</c>; one row per
    /// list with a demanded mineral, by list id; the mean is over the list's demanded minerals, each counted once.
    /// </remarks>
    public static void WriteLists(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader(["list", "name", "minerals_demanded", "fully_covered", "partly_covered", "not_covered", "mean_demand_met_share"]);
        foreach (var l in r.Kpis.Lists)
        {
            Text(csv, l.List, l.Name);
            Number(csv, l.MineralsDemanded, l.FullyCovered, l.PartlyCovered, l.NotCovered, l.MeanDemandMetShare);
            csv.EndRecord();
        }
    });

    /// <summary>Writes the per-year offers table.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>
    /// Columns: <c>offer, product, year, capacity, used, unused, unit, why</c>; one row per offer and planning year, in the
    /// result's offer order and then by year. <c>why</c> says why capacity stayed unused and is empty when none did.
    /// </remarks>
    public static void WriteOfferYears(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader(["offer", "product", "year", "capacity", "used", "unused", "unit", "why"]);
        foreach (var o in r.Offers)
        {
            foreach (var y in o.Years)
            {
                var unit = y.Capacity.Unit;
                Text(csv, o.Offer, o.Product);
                csv.WriteField(y.Year, []);
                Number(csv, y.Capacity.Amount, y.Used.ConvertTo(unit).Amount, y.Unused.ConvertTo(unit).Amount);
                Text(csv, unit.Symbol(), y.Why);
                csv.EndRecord();
            }
        }
    });

    /// <summary>Writes the per-year requirements table.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>Columns: <c>requirement, product, year, demand, met, unmet, unit</c>; one row per requirement and planning year.</remarks>
    public static void WriteRequirementYears(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader(["requirement", "product", "year", "demand", "met", "unmet", "unit"]);
        foreach (var o in r.Requirements)
        {
            foreach (var y in o.Years)
            {
                var unit = y.Demand.Unit;
                Text(csv, o.Requirement, o.Product);
                csv.WriteField(y.Year, []);
                Number(csv, y.Demand.Amount, y.Met.ConvertTo(unit).Amount, y.Unmet.ConvertTo(unit).Amount);
                Text(csv, unit.Symbol());
                csv.EndRecord();
            }
        }
    });

    /// <summary>Writes the per-year routes table.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <remarks>
    /// Columns: <c>route, shared, year, capacity_t, used_t</c>; one row per route and planning year, in tonnes.
    /// <c>capacity_t</c> is the route's shared annual capacity and is empty when the route has none (only the
    /// per-contract limit applies).
    /// </remarks>
    public static void WriteRouteYears(MatchResult result, TextWriter writer) => Write(result, writer, static (csv, r) =>
    {
        csv.WriteHeader(["route", "shared", "year", "capacity_t", "used_t"]);
        foreach (var route in r.Routes)
        {
            foreach (var y in route.Years)
            {
                Text(csv, route.Route);
                csv.WriteField(route.Shared);
                csv.WriteField(y.Year, []);
                Text(csv, y.Capacity is { } capacity ? ReadableNumbers.Exact(capacity.ConvertTo(QuantityUnit.Tonne).Amount) : string.Empty);
                Number(csv, y.Used.ConvertTo(QuantityUnit.Tonne).Amount);
                csv.EndRecord();
            }
        }
    });

    private static void Write(MatchResult result, TextWriter writer, Action<CsvWriter, MatchResult> body)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        body(csv, result);
        csv.Flush();
    }

    private static string WriteFile(string path, MatchResult result, Action<MatchResult, TextWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, Utf8NoBom);
        write(result, writer);
        return path;
    }

    private static void Text(CsvWriter csv, params ReadOnlySpan<string> values)
    {
        foreach (var value in values)
        {
            csv.WriteField(value);
        }
    }

    private static string Optional(decimal? value) => value is { } v ? ReadableNumbers.Exact(v) : string.Empty;

    private static void Number(CsvWriter csv, params ReadOnlySpan<decimal> values)
    {
        foreach (var value in values)
        {
            csv.WriteField(value, "0.############");
        }
    }

    // Status, price, volume (in the row's unit) and counterpart; four empty fields when there is no shortfall.
    private static void Reservation(CsvWriter csv, ReservationPrice? reservation, QuantityUnit unit)
    {
        Text(csv, reservation is null ? "" : FileNames.Of(reservation.Status));
        if (reservation is { Price: { } price, Volume: { } volume })
        {
            Number(csv, price, volume.ConvertTo(unit).Amount);
        }
        else
        {
            Text(csv, "", "");
        }

        Text(csv, reservation?.Counterpart ?? "");
    }
}
