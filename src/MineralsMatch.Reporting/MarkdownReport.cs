using System.Globalization;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Reporting.Formatting;
using MineralsMatch.Reporting.Markdown;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Reporting;

/// <summary>Writes a <see cref="MatchResult"/> as a Markdown document: headline KPIs (money and the value score apart, coverage per list), KPIs by mineral, proposals, the plan by year, unmet demand, unsold supply and solver statistics.</summary>
/// <remarks>
/// Tables are GitHub-flavoured Markdown. Every text that comes from the market (ids, reasons) is escaped, so a name
/// cannot break a table or smuggle HTML into a renderer. Numbers use the invariant culture and lines end with
/// <c>\n</c>, so the same result always gives the same bytes.
/// </remarks>
/// <example>
/// <code>
/// var result = MatchingEngine.Create(catalog).Match(market);
/// File.WriteAllText("report.md", MarkdownReport.Render(result));
/// </code>
/// </example>
public static class MarkdownReport
{
    /// <summary>Renders the report as a string.</summary>
    /// <param name="result">The matching result.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(MatchResult result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(result, writer);
        return writer.ToString();
    }

    /// <summary>Writes the report to a text writer.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed.</param>
    public static void Write(MatchResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);

        writer.Write($"# MineralsMatch report: {MarkdownTable.Escape(result.Market)}\n\n");
        writer.Write($"Objective: {FileNames.Of(result.Objective)}.\n\n");
        MarkdownKpis.WriteHeadline(result, writer);
        WriteStability(result, writer);
        MarkdownKpis.WriteMinerals(result, writer);
        WriteProposals(result, writer);
        MarkdownYears.Write(result, writer);
        WriteUnmet(result, writer);
        WriteUnsold(result, writer);
        WriteParties(result, writer);
        WriteSolver(result, writer);
    }

    private static string MatchingPricing(Contracts.ContractProposal p) => FileNames.Of(p.Pricing);

    private static void WriteStability(MatchResult result, TextWriter writer)
    {
        if (result.Stability is not { } s)
        {
            return;
        }

        writer.Write("## Stability\n\n");
        writer.Write("A stable plan of one representative year at pair-split prices: no offer and requirement would both rather trade more with each other (docs/pricing.md).\n\n");
        new MarkdownTable("Certificate", "Value#")
            .Row("Pairs checked for blocking", s.PairsChecked.ToString("#,0", CultureInfo.InvariantCulture))
            .Row("Blocking pairs found", s.BlockingPairs.ToString("#,0", CultureInfo.InvariantCulture))
            .Row("Value score of the stable plan /yr", KpiText.Score(s.StableValue))
            .Row("Value score of the optimal plan /yr", KpiText.Score(s.OptimalValue))
            .Row("Price of stability", s.PriceOfStability.ToString("0.0000", CultureInfo.InvariantCulture))
            .WriteTo(writer);
    }

    private static void WriteParties(MatchResult result, TextWriter writer)
    {
        if (result.Parties.Count == 0)
        {
            return;
        }

        writer.Write("## Parties\n\n");
        var table = new MarkdownTable("Id", "Name", "Country");
        foreach (var party in result.Parties)
        {
            table.Row(party.Id, party.Name, party.Country);
        }

        table.WriteTo(writer);
    }

    private static void WriteProposals(MatchResult result, TextWriter writer)
    {
        writer.Write("## Proposals\n\n");
        if (result.Proposals.Count == 0)
        {
            writer.Write("No contract is proposed.\n\n");
            return;
        }

        var table = new MarkdownTable(
            "Supplier → buyer", "Product", "Volume/yr#", "Flex", "Start#", "Tenor#", "Route", "Incoterm",
            "Base price#", "Floor–ceiling#", "Pricing", "Negotiation range#", "Index-linked", "Value score/unit#");
        foreach (var p in result.Proposals)
        {
            var unit = p.Terms.Base.Unit;
            table.Row(
                $"{p.Supplier} → {p.Buyer}",
                p.Product,
                Quantity(p.AnnualVolume),
                p.Terms.FlexibilityLimit is null ? Band(p.Terms.VolumeFlexibility) : Band(p.Terms.VolumeFlexibility) + " *",
                p.StartYear.ToString(CultureInfo.InvariantCulture),
                $"{p.TenorYears} yr",
                p.Route,
                p.Terms.Incoterm.Code(),
                Price(p.Terms.Base),
                PriceRange(p.Terms.Floor, p.Terms.Ceiling),
                MatchingPricing(p),
                p.Negotiation is { } range ? PriceRange(range.SellerWalkAway, range.BuyerWalkAway) : "–",
                p.Terms.IndexLinked ? $"yes ({p.Terms.Index})" : "no",
                PerUnit(p.ValuePerUnit, unit));
        }

        table.WriteTo(writer);
        WriteNarrowedBands(result, writer);
    }

    // What narrowed each starred band, so the table's reader loses nothing the JSON says.
    private static void WriteNarrowedBands(MatchResult result, TextWriter writer)
    {
        var narrowed = result.Proposals.Where(p => p.Terms.FlexibilityLimit is not null).ToList();
        if (narrowed.Count == 0)
        {
            return;
        }

        writer.Write("\\* Volume flexibility narrowed below the run's option so that the upper ends of the bands fit:\n\n");
        foreach (var p in narrowed)
        {
            writer.Write($"- {MarkdownTable.Escape($"{p.Supplier} → {p.Buyer}, {p.Product}")}: {MarkdownTable.Escape(p.Terms.FlexibilityLimit!)}\n");
        }

        writer.Write('\n');
    }

    private static void WriteUnmet(MatchResult result, TextWriter writer)
    {
        writer.Write("## Unmet demand\n\n");
        var unmet = result.Requirements.Where(r => r.Unmet.Amount > 0).ToList();
        if (unmet.Count == 0)
        {
            writer.Write("Every requirement is fully met.\n\n");
            return;
        }

        var table = new MarkdownTable("Requirement", "Buyer", "Product", "Target/yr#", "Unmet/yr#", "Shadow price of demand#", "Served at (bid)", "Reasons");
        foreach (var r in unmet)
        {
            table.Row(
                r.Requirement, r.Buyer, r.Product, Quantity(r.Target), Quantity(r.Unmet.ConvertTo(r.Target.Unit)),
                PerUnit(r.ShadowPrice, r.Target.Unit), ReservationText.Of(r.ServedAt, r.Target.Unit), string.Join("; ", r.Reasons.Select(ReasonText.Line)));
        }

        table.WriteTo(writer);
    }

    private static void WriteUnsold(MatchResult result, TextWriter writer)
    {
        writer.Write("## Unsold supply\n\n");
        var unsold = result.Offers.Where(o => o.Unsold.Amount > 0).ToList();
        if (unsold.Count == 0)
        {
            writer.Write("Every offer is sold out.\n\n");
            return;
        }

        var table = new MarkdownTable("Offer", "Producer", "Product", "Capacity/yr#", "Unsold/yr#", "Shadow price of capacity#", "Sells at (ask)", "Reasons");
        foreach (var o in unsold)
        {
            table.Row(
                o.Offer, o.Producer, o.Product, Quantity(o.Capacity), Quantity(o.Unsold.ConvertTo(o.Capacity.Unit)),
                PerUnit(o.ShadowPrice, o.Capacity.Unit), ReservationText.Of(o.SoldAt, o.Capacity.Unit), string.Join("; ", o.Reasons.Select(ReasonText.Line)));
        }

        table.WriteTo(writer);
    }

    private static void WriteSolver(MatchResult result, TextWriter writer)
    {
        var s = result.Solver;
        writer.Write("## Solver statistics\n\n");
        new MarkdownTable("Statistic", "Value#")
            .Row("Solver", s.Solver)
            .Row("Status", s.Status)
            .Row("Candidate pairings", Count(s.Candidates))
            .Row("Rejected pairings", Count(s.Rejected))
            .Row("Network nodes", Count(s.Nodes))
            .Row("Network arcs", Count(s.Arcs))
            .Row("Country-cap nodes", Count(s.CountryNodes))
            .Row("Pivots", Count(s.Pivots))
            .Row("Objective (solver units)", s.Objective)
            .Row("Planner", s.Planner)
            .Row("Optimality", PlanText.Optimality(s))
            .Row("Gap to bound", PlanText.GapPercent(s.Gap))
            .Row("Plan objective", s.PlanObjective.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture))
            .Row("Plan bound", s.Bound.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture))
            .Row("Horizon", PlanText.Horizon(s))
            .WriteTo(writer);
    }
}
