using MineralsMatch.Comparison;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Html;

/// <summary>Coverage per mineral before (grey) and after (blue) a shock, as inline SVG.</summary>
internal static class CoverageChangeBars
{
    private const double Width = 900;
    private const double Row = 40;
    private const double BarX = 220;
    private const double BarWidth = 520;
    private const double BarHeight = 12;

    public static void Write(IReadOnlyList<MineralChange> minerals, string id, TextWriter writer)
    {
        if (minerals.Count == 0)
        {
            writer.Write("<p class=\"note\">No demand in this market.</p>\n");
            return;
        }

        var height = (Row * minerals.Count) + 8;
        writer.Write($"<svg id=\"{id}\" class=\"coverage-change\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg(Width)}\" height=\"{Svg(height)}\" viewBox=\"0 0 {Svg(Width)} {Svg(height)}\" role=\"img\" aria-labelledby=\"{id}-title\">\n");
        writer.Write($"<title id=\"{id}-title\">Coverage per mineral before (grey) and after (blue)</title>\n");
        for (var i = 0; i < minerals.Count; i++)
        {
            var m = minerals[i];
            var top = 4 + (i * Row);
            writer.Write($"<g class=\"coverage-row\" data-mineral=\"{HtmlText.Escape(m.Mineral)}\"><text class=\"label\" x=\"0\" y=\"{Svg(top + 20)}\">{HtmlText.Escape(HtmlText.Shorten(m.Mineral, 24))}</text>");
            writer.Write($"<rect class=\"before\" x=\"{Svg(BarX)}\" y=\"{Svg(top + 4)}\" width=\"{Svg(BarWidth * Share(m.CoverageBefore))}\" height=\"{Svg(BarHeight)}\"><title>{HtmlText.Escape($"{m.Mineral} before: {Percent(m.CoverageBefore)}")}</title></rect>");
            writer.Write($"<rect class=\"after\" x=\"{Svg(BarX)}\" y=\"{Svg(top + 4 + BarHeight + 2)}\" width=\"{Svg(BarWidth * Share(m.CoverageAfter))}\" height=\"{Svg(BarHeight)}\"><title>{HtmlText.Escape($"{m.Mineral} after: {Percent(m.CoverageAfter)}")}</title></rect>");
            writer.Write($"<text x=\"{Svg(BarX + BarWidth + 12)}\" y=\"{Svg(top + 20)}\">{HtmlText.Escape($"{Percent(m.CoverageBefore)} → {Percent(m.CoverageAfter)}")}</text></g>\n");
        }

        writer.Write("</svg>\n");
    }

    private static double Share(decimal coverage) => Math.Clamp((double)coverage, 0, 1);
}
