using System.Globalization;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Reporting.Formatting;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Reporting.Html;

/// <summary>The report's tables: proposals, unmet demand, unsold supply and solver statistics.</summary>
internal static class ResultTables
{
    /// <summary>One row per proposal.</summary>
    public static void Proposals(MatchResult result, TextWriter writer)
    {
        if (result.Proposals.Count == 0)
        {
            writer.Write("<p class=\"note\">No contract is proposed.</p>\n");
            return;
        }

        var table = new HtmlTable(
            "proposals-table", "Supplier → buyer@", "Product@", "Volume, turnover /yr#", "Flex#", "Start, tenor#", "Route", "Incoterm",
            "Price (floor – ceiling)#", "Pricing", "Negotiation#", "Index-linked", "Value score/unit#");
        var names = result.Parties.ToDictionary(party => party.Id, party => $"{party.Name} ({party.Country})", StringComparer.Ordinal);
        foreach (var p in result.Proposals)
        {
            table.Row(
                new HtmlCell($"{p.Supplier}\n→ {p.Buyer}", $"{names.GetValueOrDefault(p.Supplier, p.Supplier)} → {names.GetValueOrDefault(p.Buyer, p.Buyer)}"), p.Product, $"{Quantity(p.AnnualVolume)}\n{Usd(ProposalValue.AnnualTurnover(p))}",
                new HtmlCell(Band(p.Terms.VolumeFlexibility), p.Terms.FlexibilityLimit is { } limit ? $"Narrowed to fit the {limit}" : "The run's volume flexibility"),
                $"{p.StartYear.ToString(CultureInfo.InvariantCulture)}\n{p.TenorYears} yr", p.Route, p.Terms.Incoterm.Code(),
                $"{Price(p.Terms.Base)}\n({PriceRange(p.Terms.Floor, p.Terms.Ceiling)})",
                FileNames.Of(p.Pricing),
                p.Negotiation is { } range ? PriceRange(range.SellerWalkAway, range.BuyerWalkAway) : "–",
                p.Terms.IndexLinked ? new HtmlCell("yes", p.Terms.Index) : "no",
                PerUnit(p.ValuePerUnit, p.Terms.Base.Unit));
        }

        table.WriteTo(writer);
    }

    /// <summary>One row per requirement with unmet volume.</summary>
    public static void Unmet(MatchResult result, TextWriter writer)
    {
        var table = new HtmlTable("unmet-table", "Requirement@", "Buyer@", "Product@", "Target/yr#", "Unmet/yr#", "Shadow price of demand#", "Served at (bid)", "Reasons¶");
        foreach (var r in result.Requirements.Where(r => r.Unmet.Amount > 0))
        {
            table.Row(
                r.Requirement, r.Buyer, r.Product, Quantity(r.Target), Quantity(r.Unmet.ConvertTo(r.Target.Unit)),
                PerUnit(r.ShadowPrice, r.Target.Unit), ReservationText.Of(r.ServedAt, r.Target.Unit), string.Join('\n', r.Reasons.Select(ReasonText.Line)));
        }

        WriteOrNote(table, writer, "Every requirement is fully met.");
    }

    /// <summary>One row per offer with unsold volume.</summary>
    public static void Unsold(MatchResult result, TextWriter writer)
    {
        var table = new HtmlTable("unsold-table", "Offer@", "Producer@", "Product@", "Capacity/yr#", "Unsold/yr#", "Shadow price of capacity#", "Sells at (ask)", "Reasons¶");
        foreach (var o in result.Offers.Where(o => o.Unsold.Amount > 0))
        {
            table.Row(
                o.Offer, o.Producer, o.Product, Quantity(o.Capacity), Quantity(o.Unsold.ConvertTo(o.Capacity.Unit)),
                PerUnit(o.ShadowPrice, o.Capacity.Unit), ReservationText.Of(o.SoldAt, o.Capacity.Unit), string.Join('\n', o.Reasons.Select(ReasonText.Line)));
        }

        WriteOrNote(table, writer, "Every offer is sold out.");
    }

    /// <summary>The stability certificate of a stable plan as a two-column table.</summary>
    public static void Stability(MatchResult result, TextWriter writer)
    {
        if (result.Stability is not { } s)
        {
            return;
        }

        new HtmlTable("stability-table", "Certificate", "Value#")
            .Row("Pairs checked for blocking", Count(s.PairsChecked))
            .Row("Blocking pairs found", Count(s.BlockingPairs))
            .Row("Value score of the stable plan /yr", KpiText.Score(s.StableValue))
            .Row("Value score of the optimal plan /yr", KpiText.Score(s.OptimalValue))
            .Row("Price of stability", s.PriceOfStability.ToString("0.0000", CultureInfo.InvariantCulture))
            .WriteTo(writer);
    }

    /// <summary>The solver's statistics as a two-column table.</summary>
    public static void Solver(MatchResult result, TextWriter writer)
    {
        var s = result.Solver;
        new HtmlTable("solver-table", "Statistic", "Value#")
            .Row("Solver", s.Solver)
            .Row("Status", s.Status)
            .Row("Objective", FileNames.Of(result.Objective))
            .Row("Candidate pairings", Count(s.Candidates))
            .Row("Rejected pairings", Count(s.Rejected))
            .Row("Network nodes", Count(s.Nodes))
            .Row("Network arcs", Count(s.Arcs))
            .Row("Country-cap nodes", Count(s.CountryNodes))
            .Row("Pivots", Count(s.Pivots))
            .Row("Objective (solver units)", s.Objective)
            .WriteTo(writer);
    }

    private static void WriteOrNote(HtmlTable table, TextWriter writer, string note)
    {
        if (table.Count == 0)
        {
            writer.Write($"<p class=\"note\">{HtmlText.Escape(note)}</p>\n");
            return;
        }

        table.WriteTo(writer);
    }
}
