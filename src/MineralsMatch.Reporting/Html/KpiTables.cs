using MineralsMatch.Reporting.Formatting;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Html;

/// <summary>The KPI tables: per mineral (coverage by quantity and value, concentration against the baseline) and per criticality list.</summary>
internal static class KpiTables
{
    /// <summary>One row per mineral with demand.</summary>
    public static void Minerals(MatchResult result, TextWriter writer)
    {
        var table = new HtmlTable(
            "minerals-table", "Mineral@", "Lists", "Demand kg/yr#", "Met kg/yr#", "Met by quantity#", "Met by value#", "HHI#", "Top country", "Baseline");
        foreach (var m in result.Kpis.Minerals)
        {
            table.Row(KpiText.Mineral(m), KpiText.Lists(m), Amount(m.DemandContainedKg), Amount(m.MetContainedKg), Percent(m.DemandMetShare), Percent(m.ValueMetShare),
                KpiText.Hhi(m.Hhi), KpiText.Top(m.TopCountry, m.TopCountryShare), KpiText.Baseline(m));
        }

        if (table.Count > 0)
        {
            table.WriteTo(writer);
        }

        if (result.Kpis.Minerals.Any(m => m.QuantityAsTraded))
        {
            writer.Write($"<p class=\"note\">{HtmlText.Escape(KpiText.AsTradedNote)}</p>\n");
        }
    }

    /// <summary>One row per criticality list with a demanded mineral.</summary>
    public static void Lists(MatchResult result, TextWriter writer)
    {
        var table = new HtmlTable("lists-table", "List@", "Demanded#", "Fully#", "Partly#", "Not covered#", "Mean share met#");
        foreach (var l in result.Kpis.Lists)
        {
            table.Row(new HtmlCell(l.List, l.Name), Count(l.MineralsDemanded), Count(l.FullyCovered), Count(l.PartlyCovered), Count(l.NotCovered), Percent(l.MeanDemandMetShare));
        }

        if (table.Count > 0)
        {
            table.WriteTo(writer);
        }
    }
}
