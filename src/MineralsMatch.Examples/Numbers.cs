using System.Globalization;
using MineralsMatch.Minerals;

namespace MineralsMatch.Examples;

/// <summary>Formats numbers for the examples' output, always in the invariant culture.</summary>
public static class Numbers
{
    /// <summary>A US dollar amount without cents, e.g. <c>1,234,567 USD</c>.</summary>
    /// <param name="usd">The amount.</param>
    /// <returns>The text.</returns>
    public static string Usd(decimal usd) => usd.ToString("#,0", CultureInfo.InvariantCulture) + " USD";

    /// <summary>A price with its unit, e.g. <c>263.96 USD/kg</c>.</summary>
    /// <param name="price">The price.</param>
    /// <returns>The text.</returns>
    public static string Price(Price price) =>
        price.Usd.ToString("#,0.##", CultureInfo.InvariantCulture) + " USD/" + price.Unit.Symbol();

    /// <summary>A quantity with thousands separators, e.g. <c>12,600 t</c>.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The text.</returns>
    public static string Quantity(Quantity quantity) => quantity.ToString("#,0.###", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with one decimal, e.g. <c>85.7 %</c>.</summary>
    /// <param name="fraction">The fraction, 0 to 1.</param>
    /// <returns>The text.</returns>
    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>A whole number or decimal in the invariant culture, e.g. <c>4,095</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Plain(decimal value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    /// <summary>An integer in the invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Plain(int value) => value.ToString(CultureInfo.InvariantCulture);
}
