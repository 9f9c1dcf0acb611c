using MineralsMatch.Reporting.Formatting;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Html;

/// <summary>The headline numbers as a row of cards: money (turnover, landed cost) and the value score on separate cards.</summary>
internal static class KpiCards
{
    /// <summary>Writes the cards section.</summary>
    public static void Write(MatchResult result, TextWriter writer)
    {
        var k = result.Kpis;
        writer.Write("<section class=\"kpis\" id=\"kpis\" aria-label=\"Headline numbers\">\n");
        Card(writer, "proposals", "Proposals", Count(k.Proposals), "long-term contracts");
        Card(writer, "turnover", "Annual turnover, USD", Whole(k.AnnualTurnoverUsd), "money: traded per year at base prices");
        Card(writer, "landed-cost", "Annual landed cost, USD", Whole(k.AnnualLandedCostUsd), "money: ask, duties and logistics per year");
        Card(writer, "value-score", "Annual value score", Whole(k.AnnualValueScore), "USD units with strategic bonuses and risk penalties: not money");
        Card(writer, "coverage", "Mean share of demand met", Percent(k.MeanDemandMetShare), "mean over demanded minerals, by contained quantity");
        Card(writer, "plan", "Plan", result.Solver.Optimality == Matching.Planning.PlanOptimality.Optimal ? "optimal" : "approximate",
            $"{(result.Solver.Optimality == Matching.Planning.PlanOptimality.Optimal ? "proven" : $"gap {PlanText.GapPercent(result.Solver.Gap)} to bound")} · {PlanText.Horizon(result.Solver)} · {result.Solver.Planner}");
        Card(writer, "minerals", "Minerals covered", $"{k.MineralsFullyCovered} of {k.MineralsDemanded}", $"fully; {k.MineralsPartlyCovered} partly, {k.MineralsNotCovered} not covered");
        writer.Write("</section>\n");
    }

    private static void Card(TextWriter writer, string id, string label, string value, string sub) =>
        writer.Write($"<div class=\"card\" id=\"kpi-{id}\"><div class=\"label\">{HtmlText.Escape(label)}</div><div class=\"value\">{HtmlText.Escape(value)}</div><div class=\"sub\">{HtmlText.Escape(sub)}</div></div>\n");
}
