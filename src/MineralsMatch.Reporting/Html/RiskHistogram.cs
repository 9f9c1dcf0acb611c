using System.Globalization;
using MineralsMatch.Risk;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Html;

/// <summary>A mineral's coverage over the Monte Carlo samples: ten bars, one per tenth of coverage, as inline SVG.</summary>
internal static class RiskHistogram
{
    private const double Width = 300;
    private const double Height = 120;
    private const double Bar = 26;
    private const double Gap = 3;
    private const double Axis = 18;

    public static void Write(MineralRisk mineral, int samples, TextWriter writer)
    {
        var id = "histogram-" + mineral.Mineral;
        var most = Math.Max(1, mineral.Histogram.Count == 0 ? 1 : mineral.Histogram.Max());
        writer.Write($"<figure class=\"histogram\"><svg id=\"{HtmlText.Escape(id)}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg(Width)}\" height=\"{Svg(Height)}\" viewBox=\"0 0 {Svg(Width)} {Svg(Height)}\" role=\"img\" aria-labelledby=\"{HtmlText.Escape(id)}-title\">\n");
        writer.Write($"<title id=\"{HtmlText.Escape(id)}-title\">{HtmlText.Escape($"{mineral.Mineral}: coverage over {Count(samples)} samples")}</title>\n");
        for (var b = 0; b < mineral.Histogram.Count; b++)
        {
            var count = mineral.Histogram[b];
            var h = (Height - Axis - 4) * count / most;
            var x = b * (Bar + Gap);
            var range = string.Create(CultureInfo.InvariantCulture, $"{b * 10}–{(b + 1) * 10} %");
            writer.Write($"<rect class=\"bin\" x=\"{Svg(x)}\" y=\"{Svg(Height - Axis - h)}\" width=\"{Svg(Bar)}\" height=\"{Svg(h)}\" data-count=\"{count.ToString(CultureInfo.InvariantCulture)}\"><title>{HtmlText.Escape($"{range}: {Count(count)} samples")}</title></rect>");
        }

        writer.Write($"<text x=\"0\" y=\"{Svg(Height - 4)}\">0 %</text><text x=\"{Svg((10 * (Bar + Gap)) - 40)}\" y=\"{Svg(Height - 4)}\">100 %</text>\n</svg>");
        writer.Write($"<figcaption>{HtmlText.Escape($"{mineral.Mineral}: p5 {Percent(mineral.P5)}, p50 {Percent(mineral.P50)}, p95 {Percent(mineral.P95)} (baseline {Percent(mineral.Baseline)})")}</figcaption></figure>\n");
    }
}
