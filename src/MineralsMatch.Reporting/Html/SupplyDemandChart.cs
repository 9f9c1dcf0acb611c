using System.Globalization;
using MineralsMatch.Minerals;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Html;

/// <summary>
/// Supply versus demand by year for one mineral (its products quoted in one unit), as inline SVG: per year a supply bar (capacity, with the sold part
/// darker) beside a demand bar (with the met part darker), a y axis in the product's unit and a legend.
/// </summary>
internal static class SupplyDemandChart
{
    private const double Width = 600;
    private const double Height = 280;
    private const double Left = 78;
    private const double Right = 14;
    private const double Top = 58;
    private const double Bottom = 36;
    private const int Ticks = 4;

    private static readonly decimal[] Steps = [1m, 1.5m, 2m, 2.5m, 3m, 4m, 5m, 6m, 8m, 10m];

    /// <summary>The fill of the capacity, sold, demand and met bars, in that order.</summary>
    public static readonly string[] Colors = ["#bfdbfe", "#1d4ed8", "#fed7aa", "#c2410c"];

    /// <summary>Writes the chart of one series; <paramref name="index"/> makes its element ids unique on the page.</summary>
    public static void Write(SupplyDemandSeries series, int index, TextWriter writer)
    {
        var id = $"years-chart-{index.ToString(CultureInfo.InvariantCulture)}";
        var unit = series.Unit.Symbol();
        var max = NiceMax(series.Years.Max(y => Math.Max(y.Capacity, y.Demand)));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var products = string.Join(", ", series.Products);
        writer.Write($"<svg id=\"{id}\" class=\"year-chart\" data-mineral=\"{HtmlText.Escape(series.Mineral)}\" data-product=\"{HtmlText.Escape(products)}\" data-unit=\"{HtmlText.Escape(unit)}\" data-max=\"{Exact(max)}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Svg(Width)}\" height=\"{Svg(Height)}\" viewBox=\"0 0 {Svg(Width)} {Svg(Height)}\" role=\"img\" aria-labelledby=\"{id}-title\">\n");
        writer.Write($"<title id=\"{id}-title\">{HtmlText.Escape($"{series.Mineral} ({products}): supply capacity and demand by year, {unit}")}</title>\n");
        writer.Write($"<text class=\"label\" x=\"0\" y=\"16\">{HtmlText.Escape(HtmlText.Shorten($"{series.Mineral} · {products}", 60))}</text><text class=\"sub\" x=\"0\" y=\"32\">{HtmlText.Escape($"{unit} per year")}</text>\n");
        WriteLegend(writer);
        WriteAxis(writer, max, plotWidth, plotHeight);

        var group = plotWidth / series.Years.Count;
        var bar = Math.Min(26, group * 0.36);
        var step = Math.Max(1, (int)Math.Ceiling(series.Years.Count / (plotWidth / 44)));
        for (var i = 0; i < series.Years.Count; i++)
        {
            var y = series.Years[i];
            var middle = Left + (group * (i + 0.5));
            var year = y.Year.ToString(CultureInfo.InvariantCulture);
            writer.Write($"<g class=\"year\" data-year=\"{year}\">");
            Bar(writer, "capacity", middle - bar - 1, bar, y.Capacity, max, plotHeight, Colors[0], $"{year}: supply capacity {Amount(y.Capacity)} {unit}");
            Bar(writer, "sold", middle - bar - 1, bar, y.Sold, max, plotHeight, Colors[1], $"{year}: sold {Amount(y.Sold)} of {Amount(y.Capacity)} {unit} capacity");
            Bar(writer, "demand", middle + 1, bar, y.Demand, max, plotHeight, Colors[2], $"{year}: demand {Amount(y.Demand)} {unit}");
            Bar(writer, "met", middle + 1, bar, y.Met, max, plotHeight, Colors[3], $"{year}: met {Amount(y.Met)} of {Amount(y.Demand)} {unit} demand");
            if (i % step == 0)
            {
                writer.Write($"<text class=\"tick\" x=\"{Svg(middle)}\" y=\"{Svg(Top + plotHeight + 18)}\" text-anchor=\"middle\">{year}</text>");
            }

            writer.Write("</g>\n");
        }

        writer.Write("</svg>\n");
    }

    /// <summary>The axis maximum: four ticks of a round step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ) reaching <paramref name="value"/>; 4 for nothing.</summary>
    public static decimal NiceMax(decimal value)
    {
        var step = value <= 0 ? 1m : value / Ticks;
        var power = 1m;
        while (power * 10 <= step)
        {
            power *= 10;
        }

        while (power > step)
        {
            power /= 10;
        }

        var factor = Steps.First(f => power * f >= step);
        return power * factor * Ticks;
    }

    private static void WriteLegend(TextWriter writer)
    {
        string[] names = ["Supply capacity", "Sold", "Demand", "Met"];
        var x = Left;
        writer.Write("<g class=\"legend\">");
        for (var i = 0; i < names.Length; i++)
        {
            writer.Write($"<rect x=\"{Svg(x)}\" y=\"38\" width=\"12\" height=\"12\" rx=\"2\" fill=\"{Colors[i]}\"/><text class=\"sub\" x=\"{Svg(x + 17)}\" y=\"48\">{names[i]}</text>");
            x += 36 + (names[i].Length * 6.2);
        }

        writer.Write("</g>\n");
    }

    private static void WriteAxis(TextWriter writer, decimal max, double plotWidth, double plotHeight)
    {
        writer.Write("<g class=\"axis\">");
        for (var t = 0; t <= Ticks; t++)
        {
            var value = max * t / Ticks;
            var y = Top + plotHeight - (plotHeight * t / Ticks);
            writer.Write($"<line x1=\"{Svg(Left)}\" x2=\"{Svg(Left + plotWidth)}\" y1=\"{Svg(y)}\" y2=\"{Svg(y)}\" stroke=\"{(t == 0 ? "#9ca3af" : "#e5e7eb")}\"/>");
            writer.Write($"<text class=\"tick\" x=\"{Svg(Left - 6)}\" y=\"{Svg(y + 4)}\" text-anchor=\"end\">{Short(value, max)}</text>");
        }

        writer.Write("</g>\n");
    }

    private static void Bar(TextWriter writer, string kind, double x, double width, decimal value, decimal max, double plotHeight, string color, string tooltip)
    {
        var height = plotHeight * (double)(value / max);
        var y = Top + plotHeight - height;
        writer.Write($"<rect class=\"{kind}\" data-value=\"{Exact(value)}\" x=\"{Svg(x)}\" y=\"{Svg(y)}\" width=\"{Svg(width)}\" height=\"{Svg(height)}\" fill=\"{color}\"><title>{HtmlText.Escape(tooltip)}</title></rect>");
    }

    /// <summary>A tick label; every tick of one axis uses the suffix its maximum needs (k, M, G).</summary>
    private static string Short(decimal value, decimal max) => max switch
    {
        _ when value == 0 => "0",
        >= 1_000_000_000 => $"{Amount(value / 1_000_000_000)}G",
        >= 1_000_000 => $"{Amount(value / 1_000_000)}M",
        >= 10_000 => $"{Amount(value / 1_000)}k",
        _ => Amount(value),
    };
}
