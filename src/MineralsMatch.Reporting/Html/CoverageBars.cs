using MineralsMatch.Matching;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Html;

/// <summary>The share of demand met per mineral (by contained quantity) as horizontal SVG bars, with a badge counting the criticality lists it is on.</summary>
internal static class CoverageBars
{
    // Wide enough for the longest note: two amounts of up to 10^12 kg with decimals, in 11 px text, after the bar.
    private const double Width = 1320;
    private const double Row = 34;
    private const double BarX = 300;
    private const double BarWidth = 560;
    private const double BarHeight = 16;

    /// <summary>Writes the chart, or a note when there is no demand.</summary>
    public static void Write(IReadOnlyList<MineralKpis> coverage, TextWriter writer)
    {
        if (coverage.Count == 0)
        {
            writer.Write("<p class=\"note\">No demand in this market.</p>\n");
            return;
        }

        var height = (Row * coverage.Count) + 8;
        writer.Write($"<svg id=\"coverage-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg(Width)}\" height=\"{Svg(height)}\" viewBox=\"0 0 {Svg(Width)} {Svg(height)}\" role=\"img\" aria-labelledby=\"coverage-title\">\n");
        writer.Write("<title id=\"coverage-title\">Share of each mineral's annual demand that the proposals meet, by contained quantity</title>\n");
        for (var i = 0; i < coverage.Count; i++)
        {
            var c = coverage[i];
            var top = 4 + (i * Row);
            var barTop = top + ((Row - BarHeight) / 2);
            var text = top + (Row / 2) + 4;
            var share = Math.Clamp((double)c.DemandMetShare, 0, 1);
            writer.Write($"<g class=\"coverage-row\"><text class=\"label\" x=\"0\" y=\"{Svg(text)}\">{HtmlText.Escape(HtmlText.Shorten(c.Mineral, 28))}</text>");
            if (c.Lists.Count > 0)
            {
                var badge = c.Lists.Count == 1 ? HtmlText.Shorten(c.Lists[0], 12) : $"{c.Lists.Count} lists";
                writer.Write($"<g class=\"badge\"><title>{HtmlText.Escape(string.Join(", ", c.Lists))}</title><rect x=\"{Svg(BarX - 104)}\" y=\"{Svg(barTop)}\" width=\"90\" height=\"{Svg(BarHeight)}\" rx=\"8\" fill=\"#dbeafe\"/><text class=\"badge\" x=\"{Svg(BarX - 59)}\" y=\"{Svg(text - 1)}\" text-anchor=\"middle\">{HtmlText.Escape(badge)}</text></g>");
            }

            writer.Write($"<rect class=\"track\" x=\"{Svg(BarX)}\" y=\"{Svg(barTop)}\" width=\"{Svg(BarWidth)}\" height=\"{Svg(BarHeight)}\" rx=\"3\" fill=\"#eef2f7\"/>");
            writer.Write($"<rect class=\"bar\" x=\"{Svg(BarX)}\" y=\"{Svg(barTop)}\" width=\"{Svg(BarWidth * share)}\" height=\"{Svg(BarHeight)}\" rx=\"3\" fill=\"{Color(share)}\"><title>{HtmlText.Escape($"{c.Mineral}: {Percent(c.DemandMetShare)}")}</title></rect>");
            writer.Write($"<text x=\"{Svg(BarX + BarWidth + 12)}\" y=\"{Svg(text)}\">{Percent(c.DemandMetShare)}</text>");
            writer.Write($"<text class=\"pct-note\" x=\"{Svg(BarX + BarWidth + 72)}\" y=\"{Svg(text)}\">{HtmlText.Escape($"{Amount(c.MetContainedKg)} of {Amount(c.DemandContainedKg)} kg/yr contained")}</text></g>\n");
        }

        writer.Write("</svg>\n");
    }

    private static string Color(double share) => share switch
    {
        >= 0.999 => "#2f855a",
        >= 0.5 => "#d69e2e",
        _ => "#c53030",
    };
}
