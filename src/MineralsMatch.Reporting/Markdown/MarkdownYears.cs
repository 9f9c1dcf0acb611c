using MineralsMatch.Minerals;
using MineralsMatch.Reporting.Formatting;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Markdown;

/// <summary>The report's "Plan by year" section: one compact table each for proposals, offers, requirements and routes, with one column per year.</summary>
internal static class MarkdownYears
{
    /// <summary>Writes the section; a result without per-year rows gets a one-line note.</summary>
    public static void Write(MatchResult result, TextWriter writer)
    {
        var s = result.Solver;
        writer.Write("## Plan by year\n\n");
        writer.Write($"Horizon {PlanText.Horizon(s)} · planner {MarkdownTable.Escape(s.Planner)} · {PlanText.Optimality(s)}.\n\n");
        var years = PlanText.Years(result).Union(YearlyVolumes.Years(result.Proposals)).Order().ToList();
        if (years.Count == 0)
        {
            writer.Write("No per-year figures in this result.\n\n");
            return;
        }

        var labels = years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture) + "#").ToArray();
        if (result.Proposals.Count > 0)
        {
            writer.Write("### Deliveries per proposal\n\n");
            var table = new MarkdownTable(["Supplier → buyer", "Product", "Unit", .. labels]);
            foreach (var p in result.Proposals)
            {
                var volumes = YearlyVolumes.Of(p);
                table.Row([$"{p.Supplier} → {p.Buyer}", p.Product, p.AnnualVolume.Unit.Symbol(), .. years.Select(y => volumes.TryGetValue(y, out var v) ? Amount(v) : "–")]);
            }

            table.WriteTo(writer);
        }

        writer.Write("### Offers: used / capacity\n\n");
        var offers = new MarkdownTable(["Offer", "Unit", .. labels]);
        foreach (var o in result.Offers)
        {
            var byYear = o.Years.ToDictionary(y => y.Year);
            offers.Row([o.Offer, o.Capacity.Unit.Symbol(), .. years.Select(y => byYear.TryGetValue(y, out var r) ? YearlyVolumes.OfTotal(r.Used, r.Capacity) : "–")]);
        }

        offers.WriteTo(writer);
        writer.Write("### Requirements: met / demand\n\n");
        var requirements = new MarkdownTable(["Requirement", "Unit", .. labels]);
        foreach (var r in result.Requirements)
        {
            var byYear = r.Years.ToDictionary(y => y.Year);
            requirements.Row([r.Requirement, r.Target.Unit.Symbol(), .. years.Select(y => byYear.TryGetValue(y, out var d) ? YearlyVolumes.OfTotal(d.Met, d.Demand) : "–")]);
        }

        requirements.WriteTo(writer);
        if (result.Routes.Count > 0)
        {
            writer.Write("### Routes: tonnes used / shared capacity\n\n");
            var routes = new MarkdownTable(["Route", .. labels]);
            foreach (var route in result.Routes)
            {
                var byYear = route.Years.ToDictionary(y => y.Year);
                routes.Row([route.Route, .. years.Select(y => byYear.TryGetValue(y, out var t) ? RouteCell(t.Used, t.Capacity) : "–")]);
            }

            routes.WriteTo(writer);
        }
    }

    /// <summary><c>used / capacity</c> in tonnes, or the tonnes used alone when the route has no shared capacity.</summary>
    public static string RouteCell(Quantity used, Quantity? capacity) => capacity is { } c
        ? YearlyVolumes.OfTotal(used, c.ConvertTo(QuantityUnit.Tonne))
        : Amount(used.ConvertTo(QuantityUnit.Tonne).Amount);
}
