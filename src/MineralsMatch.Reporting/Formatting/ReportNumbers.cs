using System.Globalization;
using MineralsMatch.Minerals;
using MineralsMatch.Formatting;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>The report-only number forms, built on the shared <see cref="ReadableNumbers"/>: price collars and SVG coordinates.</summary>
internal static class ReportNumbers
{
    /// <summary>A price collar: <c>210 – 289.84 USD/kg</c> (both ends in the floor's unit).</summary>
    public static string PriceRange(Price floor, Price ceiling) =>
        $"{ReadableNumbers.Money(floor.Usd)} – {ReadableNumbers.PerUnit(ceiling.ConvertTo(floor.Unit).Usd, floor.Unit)}";

    /// <summary>An SVG coordinate or length, two decimals at most.</summary>
    public static string Svg(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
