using System.Globalization;
using MineralsMatch.Minerals;

namespace MineralsMatch.Cli.Rendering;

/// <summary>How numbers read in the human-readable output: invariant culture, thousands separators, rounded for reading.</summary>
internal static class Numbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Whole US dollars: <c>1,234,567 USD</c>.</summary>
    public static string Usd(decimal usd) => $"{Round(usd, 0).ToString("#,0", Invariant)} USD";

    /// <summary>US dollars per unit: <c>1,234.5 USD/kg</c>.</summary>
    public static string PerUnit(decimal usd, QuantityUnit unit) => $"{Money(usd)} USD/{unit.Symbol()}";

    /// <summary>A price: <c>1,234.5 USD/kg</c>.</summary>
    public static string Price(Price price) => PerUnit(price.Usd, price.Unit);

    /// <summary>Dollars with up to two decimals and no unit: <c>1,234.5</c>.</summary>
    public static string Money(decimal usd) => Round(usd, 2).ToString("#,0.##", Invariant);

    /// <summary>A quantity: <c>12,500 kg</c>.</summary>
    public static string Quantity(Quantity quantity) => $"{Amount(quantity.Amount)} {quantity.Unit.Symbol()}";

    /// <summary>An amount with up to three decimals.</summary>
    public static string Amount(decimal amount) => Round(amount, 3).ToString("#,0.###", Invariant);

    /// <summary>A share from 0 to 1 as a percentage: <c>75.0 %</c>.</summary>
    public static string Percent(decimal share) => $"{Round(share * 100m, 1).ToString("0.0", Invariant)} %";

    /// <summary>An integer with separators.</summary>
    public static string Count(long value) => value.ToString("#,0", Invariant);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
