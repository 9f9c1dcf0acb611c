using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Html;

/// <summary>The headline numbers as a row of cards.</summary>
internal static class KpiCards
{
    /// <summary>Writes the cards section.</summary>
    public static void Write(MatchResult result, TextWriter writer)
    {
        var k = result.Kpis;
        var supplied = k.CoverageByMineral.Count(c => c.MetKg > 0);
        writer.Write("<section class=\"kpis\" id=\"kpis\" aria-label=\"Headline numbers\">\n");
        Card(writer, "proposals", "Proposals", Count(k.Proposals), "long-term contracts");
        Card(writer, "value", "Total annual value, USD", Whole(k.TotalAnnualValue), "surplus created per year");
        Card(writer, "turnover", "Annual turnover, USD", Whole(k.TotalAnnualTurnover), "traded per year at base prices");
        Card(writer, "coverage", "Overall coverage", Percent(k.OverallCoverage), "of demand by mass");
        Card(writer, "japan32", "japan-32 coverage", Percent(k.Japan32Coverage), $"{k.Japan32MineralsSupplied} of {k.Japan32MineralsDemanded} japan-32 minerals supplied");
        Card(writer, "plan", "Plan", result.Solver.Optimality == Matching.Planning.PlanOptimality.Optimal ? "optimal" : "approximate",
            $"{(result.Solver.Optimality == Matching.Planning.PlanOptimality.Optimal ? "proven" : $"gap {Formatting.PlanText.GapPercent(result.Solver.Gap)} to bound")} · {Formatting.PlanText.Horizon(result.Solver)} · {result.Solver.Planner}");
        Card(writer, "minerals", "Minerals supplied", $"{supplied} of {k.CoverageByMineral.Count}", "minerals with demand get supply");
        writer.Write("</section>\n");
    }

    private static void Card(TextWriter writer, string id, string label, string value, string sub) =>
        writer.Write($"<div class=\"card\" id=\"kpi-{id}\"><div class=\"label\">{HtmlText.Escape(label)}</div><div class=\"value\">{HtmlText.Escape(value)}</div><div class=\"sub\">{HtmlText.Escape(sub)}</div></div>\n");
}
