using MineralsMatch.Risk;
using MineralsMatch.Stress;
using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>A stress report as tables: per stress test what moves and what is lost; then the supply risk.</summary>
internal static class StressReportTables
{
    public static void Write(IAnsiConsole console, StressReport report)
    {
        var k = report.Baseline.Kpis;
        console.MarkupLine($"[bold]{Markup.Escape(report.Baseline.Market)}[/] · baseline: {k.Proposals} proposals · annual value score {Numbers.Count((long)decimal.Round(k.AnnualValueScore, 0))} · turnover {Numbers.Usd(k.AnnualTurnoverUsd)} · mean share of demand met {Numbers.Percent(k.MeanDemandMetShare)}");
        foreach (var outcome in report.Outcomes)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(outcome.Set.Name)}[/]{(outcome.Set.Probability is { } p ? $" · yearly probability {Numbers.Percent(p)}" : string.Empty)}{(outcome.Set.Estimate ? " · estimate" : string.Empty)}");
            if (outcome.Set.Description is { } description)
            {
                console.WriteLine(description);
            }

            foreach (var shock in outcome.Set.Shocks)
            {
                console.WriteLine("  " + shock.Describe());
            }

            ComparisonTables.Write(console, outcome.Comparison);
        }

        if (report.Risk is { } risk)
        {
            Risk(console, risk);
        }
    }

    private static void Risk(IAnsiConsole console, SupplyRisk risk)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]Supply risk[/] · {Numbers.Count(risk.Samples)} samples · seed {risk.Seed} · {Numbers.Count(risk.DistinctPlans)} distinct plans");
        console.WriteLine(string.Join(" · ", risk.Shocks.Select(s => $"{s.Name} {Numbers.Percent(s.Probability)} (struck {Numbers.Count(s.Struck)})")));
        var requirements = new Table { Border = TableBorder.Rounded };
        requirements.AddColumn("Requirement");
        requirements.AddColumn(new TableColumn("Met (baseline)").RightAligned().NoWrap());
        requirements.AddColumn(new TableColumn("P(shortfall)").RightAligned().NoWrap());
        requirements.AddColumn(new TableColumn("Expected unmet").RightAligned().NoWrap());
        foreach (var r in risk.Requirements)
        {
            requirements.AddRow(new Text(r.Requirement), new Text(Numbers.Quantity(r.BaselineMet)), new Text(Numbers.Percent(r.ShortfallProbability)), new Text(Numbers.Quantity(r.ExpectedUnmet)));
        }

        console.Write(requirements);
        var minerals = new Table { Border = TableBorder.Rounded };
        minerals.AddColumn("Mineral");
        minerals.AddColumn(new TableColumn("Baseline").RightAligned().NoWrap());
        minerals.AddColumn(new TableColumn("p5").RightAligned().NoWrap());
        minerals.AddColumn(new TableColumn("p50").RightAligned().NoWrap());
        minerals.AddColumn(new TableColumn("p95").RightAligned().NoWrap());
        foreach (var m in risk.Minerals)
        {
            minerals.AddRow(new Text(m.Mineral), new Text(Numbers.Percent(m.Baseline)), new Text(Numbers.Percent(m.P5)), new Text(Numbers.Percent(m.P50)), new Text(Numbers.Percent(m.P95)));
        }

        console.Write(minerals);
    }
}
