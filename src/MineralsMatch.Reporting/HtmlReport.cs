using System.Globalization;
using MineralsMatch.Matching;
using MineralsMatch.Reporting.Html;
using MineralsMatch.Reporting.Sankey;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Reporting;

/// <summary>Writes a <see cref="MatchResult"/> as one self-contained HTML page with KPI cards, coverage bars, an SVG Sankey diagram of flows and the result tables.</summary>
/// <remarks>
/// <para>
/// The page loads nothing: the style sheet and SVG are inline, there is no external <c>src</c> or <c>href</c>, and a
/// Content-Security-Policy meta forbids every remote load and allows only the page's own inline style and
/// script by hash. Every text from the market is HTML-escaped, so a name such as <c>&lt;script&gt;</c> shows as text.
/// </para>
/// <para>
/// The Sankey diagram runs producer → route → buyer; link widths are proportional to annual traded value in USD at the
/// base price (volumes in different units cannot be summed, value can). Output is deterministic: the same result
/// gives the same bytes, with no timestamps.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var result = MatchingEngine.Create(catalog).Match(market);
/// File.WriteAllText("report.html", HtmlReport.Render(result, new HtmlReportOptions { Title = "Gallium 2026" }));
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>Renders the page as a string.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="options">The options; <see langword="null"/> uses <see cref="HtmlReportOptions.Default"/>.</param>
    /// <returns>The HTML text.</returns>
    public static string Render(MatchResult result, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(result, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes the page to a text writer.</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="writer">The destination; it is not closed. Save it as UTF-8.</param>
    /// <param name="options">The options; <see langword="null"/> uses <see cref="HtmlReportOptions.Default"/>.</param>
    public static void Write(MatchResult result, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= HtmlReportOptions.Default;
        var title = options.Title ?? "MineralsMatch report";
        var script = options.IncludeReadyScript;

        HtmlPage.Open(writer, $"{title}: {result.Market}", script);
        writer.Write($"<header>\n<h1>{HtmlText.Escape(title)}</h1>\n");
        writer.Write($"<p id=\"market\">Market <strong>{HtmlText.Escape(result.Market)}</strong> · objective {HtmlText.Escape(FileNames.Of(result.Objective))}</p>\n</header>\n");
        KpiCards.Write(result, writer);

        Section(writer, "coverage", "KPIs by mineral", "Share of each mineral's annual demand met, by contained quantity and by value at the buyers' bids; supplier-country concentration (HHI, 10,000 = one country) after the proposals, added to the baseline imports where the market gives them.",
            w =>
            {
                CoverageBars.Write(result.Kpis.Minerals, w);
                KpiTables.Minerals(result, w);
            });
        if (result.Kpis.Lists.Count > 0)
        {
            Section(writer, "lists", "Coverage per criticality list", "Each demanded mineral on the list counts once: the mean of their shares met and how many are fully, partly or not covered. No kilograms are summed across minerals.",
                w => KpiTables.Lists(result, w));
        }

        Section(writer, "flows", "Flows: producer → route → buyer", "Band widths are proportional to annual traded value in USD at the base price. Hover a band for supplier, route, buyer, value and volume.",
            w => SankeySvg.Write(SankeyGraph.From(result.Proposals), w));
        Section(writer, "proposals", "Proposed contracts", "Pricing: the policy that set each price (pair split or a point of the core). Negotiation: from the seller's walk-away price (ask plus its next best use) to the buyer's (value less its next best alternative).", w => ResultTables.Proposals(result, w));
        if (result.Stability is not null)
        {
            Section(writer, "stability", "Stability certificate", "A stable plan of one representative year at pair-split prices: no offer and requirement would both rather trade more with each other.",
                w => ResultTables.Stability(result, w));
        }

        Section(writer, "years", "Plan by year", $"Supply versus demand per mineral and year over the horizon {Formatting.PlanText.Horizon(result.Solver)}; the darker part of a bar is what the proposals trade. Hover a bar or an offer's cell for figures and why capacity stays unused.",
            w => YearTables.Write(result, w));
        Section(writer, "unmet", "Unmet demand", "Shadow price of demand: what one more unit of this demand met would add to the total value score. A reason that quotes an offer's shadow price says so: that is the value of one more unit of the offer's capacity.",
            w => ResultTables.Unmet(result, w));
        Section(writer, "unsold", "Unsold supply", "Shadow price of capacity: what one more unit of this capacity would add to the total value score.",
            w => ResultTables.Unsold(result, w));
        Section(writer, "solver", "Solver statistics", null, w => ResultTables.Solver(result, w));
        HtmlPage.Close(writer, script);
    }

    private static void Section(TextWriter writer, string id, string heading, string? note, Action<TextWriter> body)
    {
        writer.Write($"<section id=\"{id}\">\n<h2>{HtmlText.Escape(heading)}</h2>\n");
        if (note is not null)
        {
            writer.Write($"<p class=\"note\">{HtmlText.Escape(note)}</p>\n");
        }

        body(writer);
        writer.Write("</section>\n");
    }
}
