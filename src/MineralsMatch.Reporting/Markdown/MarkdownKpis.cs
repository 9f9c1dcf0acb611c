using MineralsMatch.Reporting.Formatting;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Markdown;

/// <summary>The Markdown report's KPIs: the headline (money and the value score apart), coverage per list and the KPIs per mineral.</summary>
internal static class MarkdownKpis
{
    public static void WriteHeadline(MatchResult result, TextWriter writer)
    {
        var kpis = result.Kpis;
        writer.Write("## Headline\n\n");
        new MarkdownTable("KPI", "Value#")
            .Row("Proposals", Count(kpis.Proposals))
            .Row(KpiText.Turnover, Usd(kpis.AnnualTurnoverUsd))
            .Row(KpiText.LandedCost, Usd(kpis.AnnualLandedCostUsd))
            .Row(KpiText.ValueScore, KpiText.Score(kpis.AnnualValueScore))
            .Row("Minerals", KpiText.Counts(kpis.MineralsDemanded, kpis.MineralsFullyCovered, kpis.MineralsPartlyCovered, kpis.MineralsNotCovered))
            .Row(KpiText.MeanShare, Percent(kpis.MeanDemandMetShare))
            .Row("Plan", $"{PlanText.Optimality(result.Solver)}, {PlanText.Horizon(result.Solver)}")
            .WriteTo(writer);

        if (kpis.Lists.Count > 0)
        {
            writer.Write("Coverage per criticality list (each demanded mineral counts once; no kilograms summed across minerals):\n\n");
            var lists = new MarkdownTable("List", "Demanded#", "Fully#", "Partly#", "Not covered#", "Mean share met#");
            foreach (var l in kpis.Lists)
            {
                lists.Row(l.List, Count(l.MineralsDemanded), Count(l.FullyCovered), Count(l.PartlyCovered), Count(l.NotCovered), Percent(l.MeanDemandMetShare));
            }

            lists.WriteTo(writer);
        }

        if (kpis.SupplierConcentration.Count > 0)
        {
            writer.Write("Supplier concentration per buyer (HHI, 10,000 = a single supplier):\n\n");
            var table = new MarkdownTable("Buyer", "Suppliers#", "HHI#");
            foreach (var c in kpis.SupplierConcentration)
            {
                table.Row(c.Buyer, Count(c.Suppliers), Amount(Math.Round(c.Hhi, 0)));
            }

            table.WriteTo(writer);
        }
    }

    public static void WriteMinerals(MatchResult result, TextWriter writer)
    {
        writer.Write("## KPIs by mineral\n\n");
        if (result.Kpis.Minerals.Count == 0)
        {
            writer.Write("No demand in this market.\n\n");
            return;
        }

        writer.Write("Quantities in kg of contained mineral per year; value at the buyers' bids. Supplier-country HHI (10,000 = one country) after the proposals, added to the baseline imports where the market gives them.\n\n");
        var table = new MarkdownTable("Mineral", "Lists", "Demand kg/yr#", "Met kg/yr#", "Met by quantity#", "Met by value#", "HHI#", "Top country", "Baseline");
        foreach (var m in result.Kpis.Minerals)
        {
            table.Row(KpiText.Mineral(m), KpiText.Lists(m), Amount(m.DemandContainedKg), Amount(m.MetContainedKg), Percent(m.DemandMetShare), Percent(m.ValueMetShare), KpiText.Hhi(m.Hhi), KpiText.Top(m.TopCountry, m.TopCountryShare), KpiText.Baseline(m));
        }

        table.WriteTo(writer);
        if (result.Kpis.Minerals.Any(m => m.QuantityAsTraded))
        {
            writer.Write($"{KpiText.AsTradedNote}\n\n");
        }
    }
}
