using System.Globalization;
using MineralsMatch.Minerals;
using MineralsMatch.Reporting.Formatting;
using MineralsMatch.Reporting.Markdown;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Html;

/// <summary>The "Plan by year" section: a supply-versus-demand chart per mineral, then per-year tables for proposals, offers, requirements and routes.</summary>
internal static class YearTables
{
    /// <summary>Writes the charts and tables, or a note when the result has no per-year figures.</summary>
    public static void Write(MatchResult result, TextWriter writer)
    {
        var years = PlanText.Years(result).Union(YearlyVolumes.Years(result.Proposals)).Order().ToList();
        if (years.Count == 0)
        {
            writer.Write("<p class=\"note\">No per-year figures in this result.</p>\n");
            return;
        }

        var series = SupplyDemandSeries.From(result);
        writer.Write("<div class=\"year-charts\" id=\"year-charts\">\n");
        for (var i = 0; i < series.Count; i++)
        {
            SupplyDemandChart.Write(series[i], i, writer);
        }

        writer.Write("</div>\n");
        var labels = years.Select(y => y.ToString(CultureInfo.InvariantCulture) + "#").ToArray();
        if (result.Proposals.Count > 0)
        {
            writer.Write("<h3>Deliveries per proposal</h3>\n");
            var table = new HtmlTable("proposal-years-table", ["Supplier → buyer@", "Unit", .. labels]);
            foreach (var p in result.Proposals)
            {
                var volumes = YearlyVolumes.Of(p);
                table.Row([$"{p.Supplier}\n→ {p.Buyer}", p.AnnualVolume.Unit.Symbol(), .. years.Select(y => (HtmlCell)(volumes.TryGetValue(y, out var v) ? Amount(v) : "–"))]);
            }

            table.WriteTo(writer);
        }

        writer.Write("<h3>Offers: used / capacity</h3>\n");
        var offers = new HtmlTable("offer-years-table", ["Offer@", "Unit", .. labels]);
        foreach (var o in result.Offers)
        {
            var byYear = o.Years.ToDictionary(y => y.Year);
            offers.Row([o.Offer, o.Capacity.Unit.Symbol(), .. years.Select(y => byYear.TryGetValue(y, out var r)
                ? new HtmlCell(YearlyVolumes.OfTotal(r.Used, r.Capacity), r.Why.Length == 0 ? null : $"unused {Quantity(r.Unused)}: {r.Why}")
                : new HtmlCell("–"))]);
        }

        offers.WriteTo(writer);
        writer.Write("<h3>Requirements: met / demand</h3>\n");
        var requirements = new HtmlTable("requirement-years-table", ["Requirement@", "Unit", .. labels]);
        foreach (var r in result.Requirements)
        {
            var byYear = r.Years.ToDictionary(y => y.Year);
            requirements.Row([r.Requirement, r.Target.Unit.Symbol(), .. years.Select(y => (HtmlCell)(byYear.TryGetValue(y, out var d) ? YearlyVolumes.OfTotal(d.Met, d.Demand) : "–"))]);
        }

        requirements.WriteTo(writer);
        if (result.Routes.Count > 0)
        {
            writer.Write("<h3>Routes: tonnes used / shared capacity</h3>\n");
            var routes = new HtmlTable("route-years-table", ["Route@", .. labels]);
            foreach (var route in result.Routes)
            {
                var byYear = route.Years.ToDictionary(y => y.Year);
                routes.Row([route.Route, .. years.Select(y => (HtmlCell)(byYear.TryGetValue(y, out var t) ? MarkdownYears.RouteCell(t.Used, t.Capacity) : "–"))]);
            }

            routes.WriteTo(writer);
        }
    }
}
