using System.Globalization;
using MineralsMatch.Minerals;

namespace MineralsMatch.Formatting;

/// <summary>
/// How numbers read wherever people read them (the CLI, the reports, the examples): invariant culture, thousands
/// separators, rounded half away from zero for reading. The one formatter they all share.
/// </summary>
/// <remarks>Files and JSON write exact numbers; these are for text meant to be read.</remarks>
/// <example>
/// <code>
/// ReadableNumbers.Usd(1_234_567.49m);                 // 1,234,567 USD
/// ReadableNumbers.Quantity(Quantity.Tonnes(12_500m)); // 12,500 t
/// ReadableNumbers.Percent(0.75m);                     // 75.0 %
/// </code>
/// </example>
public static class ReadableNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Whole US dollars with separators: <c>1,234,567 USD</c>.</summary>
    /// <param name="usd">The amount.</param>
    /// <returns>The text.</returns>
    public static string Usd(decimal usd) => $"{Whole(usd)} USD";

    /// <summary>A rounded whole number with separators: <c>1,234,567</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Whole(decimal value) => Round(value, 0).ToString("#,0", Invariant);

    /// <summary>Dollars with up to two decimals and no unit: <c>1,234.5</c>.</summary>
    /// <param name="usd">The amount.</param>
    /// <returns>The text.</returns>
    public static string Money(decimal usd) => Round(usd, 2).ToString("#,0.##", Invariant);

    /// <summary>US dollars per unit: <c>1,234.5 USD/kg</c>.</summary>
    /// <param name="usd">The amount per unit.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The text.</returns>
    public static string PerUnit(decimal usd, QuantityUnit unit) => $"{Money(usd)} USD/{unit.Symbol()}";

    /// <summary>A price: <c>1,234.5 USD/kg</c>.</summary>
    /// <param name="price">The price.</param>
    /// <returns>The text.</returns>
    public static string Price(Price price) => PerUnit(price.Usd, price.Unit);

    /// <summary>A quantity with separators and up to three decimals: <c>12,500 kg</c>.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The text.</returns>
    public static string Quantity(Quantity quantity) => $"{Amount(quantity.Amount)} {quantity.Unit.Symbol()}";

    /// <summary>An amount with separators and up to three decimals: <c>4,095.5</c>.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The text.</returns>
    public static string Amount(decimal amount) => Round(amount, 3).ToString("#,0.###", Invariant);

    /// <summary>A share from 0 to 1 as a percentage with one decimal: <c>75.0 %</c>.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The text.</returns>
    public static string Percent(decimal share) => $"{Round(share * 100m, 1).ToString("0.0", Invariant)} %";

    /// <summary>A tolerance either way, from a fraction, as a percentage with up to one decimal: <c>±10 %</c>, <c>±6.5 %</c>.</summary>
    /// <param name="fraction">The tolerance as a fraction (0.1 for ±10 %).</param>
    /// <returns>The text.</returns>
    public static string Band(decimal fraction) => $"±{Round(fraction * 100m, 1).ToString("0.#", Invariant)} %";

    /// <summary>A count with separators: <c>12,345</c>.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The text.</returns>
    public static string Count(long value) => value.ToString("#,0", Invariant);

    /// <summary>An integer as bare digits, without separators, such as a year: <c>2026</c>.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The text.</returns>
    public static string Digits(long value) => value.ToString(Invariant);

    /// <summary>An exact decimal for machines (CSV cells, data attributes): no separators, no trailing zeros: <c>1234.5</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Exact(decimal value) => value.ToString("0.############", Invariant);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
