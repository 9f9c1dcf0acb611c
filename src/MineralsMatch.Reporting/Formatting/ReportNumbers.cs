using System.Globalization;
using MineralsMatch.Minerals;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>The one place numbers become text in every report: invariant culture, thousands separators where they help.</summary>
internal static class ReportNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Whole US dollars with separators: <c>1,234,567 USD</c>.</summary>
    public static string Usd(decimal usd) => $"{Whole(usd)} USD";

    /// <summary>A rounded whole number with separators: <c>1,234,567</c>.</summary>
    public static string Whole(decimal value) => Round(value, 0).ToString("#,0", Invariant);

    /// <summary>A price per unit: <c>1,234.5 USD/kg</c>.</summary>
    public static string Price(Price price) => PerUnit(price.Usd, price.Unit);

    /// <summary>A price collar: <c>210 – 289.84 USD/kg</c> (both ends in the floor's unit).</summary>
    public static string PriceRange(Price floor, Price ceiling) =>
        $"{Round(floor.Usd, 2).ToString("#,0.##", Invariant)} – {PerUnit(ceiling.ConvertTo(floor.Unit).Usd, floor.Unit)}";

    /// <summary>US dollars per unit: <c>59 USD/kg</c>.</summary>
    public static string PerUnit(decimal usd, QuantityUnit unit) => $"{Round(usd, 2).ToString("#,0.##", Invariant)} USD/{unit.Symbol()}";

    /// <summary>A quantity with separators: <c>12,500 kg</c>.</summary>
    public static string Quantity(Quantity quantity) => $"{Amount(quantity.Amount)} {quantity.Unit.Symbol()}";

    /// <summary>An amount with separators and up to three decimals.</summary>
    public static string Amount(decimal amount) => Round(amount, 3).ToString("#,0.###", Invariant);

    /// <summary>A share 0 to 1 as a percentage: <c>75.0 %</c>.</summary>
    public static string Percent(decimal share) => $"{Round(share * 100m, 1).ToString("0.0", Invariant)} %";

    /// <summary>An integer with separators.</summary>
    public static string Count(long value) => value.ToString("#,0", Invariant);

    /// <summary>A plain machine-readable decimal (no separators, no trailing zeros) for CSV and data attributes.</summary>
    public static string Plain(decimal value) => value.ToString("0.############", Invariant);

    /// <summary>An SVG coordinate or length, two decimals at most.</summary>
    public static string Svg(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", Invariant);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
