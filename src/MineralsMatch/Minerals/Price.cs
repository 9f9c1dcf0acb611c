using System.Globalization;

namespace MineralsMatch.Minerals;

/// <summary>A price in US dollars per <see cref="QuantityUnit"/>; money is always decimal USD.</summary>
/// <example>
/// <code>
/// var gallium = Price.PerKilogram(230m);
/// decimal cost = gallium.Cost(Quantity.Tonnes(2m));            // 460 000 USD
/// Price perTonne = gallium.ConvertTo(QuantityUnit.Tonne);       // 230 000 USD/t
/// </code>
/// </example>
public readonly struct Price : IEquatable<Price>, IComparable<Price>
{
    private Price(decimal usd, QuantityUnit unit)
    {
        Usd = usd;
        Unit = unit;
    }

    /// <summary>US dollars per one <see cref="Unit"/>.</summary>
    public decimal Usd { get; }

    /// <summary>The unit the price is quoted per.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>Creates a price.</summary>
    /// <param name="usd">US dollars per unit (may be negative for a discount or a net value).</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The price.</returns>
    public static Price Of(decimal usd, QuantityUnit unit)
    {
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown quantity unit.");
        }

        return new Price(usd, unit);
    }

    /// <summary>Creates a price in USD per kilogram.</summary>
    /// <param name="usd">US dollars per kg.</param>
    /// <returns>The price.</returns>
    public static Price PerKilogram(decimal usd) => new(usd, QuantityUnit.Kilogram);

    /// <summary>Creates a price in USD per metric tonne.</summary>
    /// <param name="usd">US dollars per t.</param>
    /// <returns>The price.</returns>
    public static Price PerTonne(decimal usd) => new(usd, QuantityUnit.Tonne);

    /// <summary>Creates a price in USD per pound.</summary>
    /// <param name="usd">US dollars per lb.</param>
    /// <returns>The price.</returns>
    public static Price PerPound(decimal usd) => new(usd, QuantityUnit.Pound);

    /// <summary>Expresses the price per another unit.</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The same price per <paramref name="unit"/>.</returns>
    public Price ConvertTo(QuantityUnit unit) =>
        unit == Unit ? this : new Price(Usd * unit.KilogramsPerUnit() / Unit.KilogramsPerUnit(), unit);

    /// <summary>The cost in USD of a quantity at this price.</summary>
    /// <param name="quantity">The quantity, in any unit.</param>
    /// <returns>US dollars.</returns>
    public decimal Cost(Quantity quantity) => Usd * quantity.ConvertTo(Unit).Amount;

    /// <summary>The price with an amount per unit added (in this price's unit).</summary>
    /// <param name="usd">US dollars per <see cref="Unit"/> to add.</param>
    /// <returns>The new price.</returns>
    public Price Plus(decimal usd) => new(Usd + usd, Unit);

    /// <inheritdoc />
    public bool Equals(Price other) => Usd / Unit.KilogramsPerUnit() == other.Usd / other.Unit.KilogramsPerUnit();

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Price other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Usd / Unit.KilogramsPerUnit()).GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Price other) => (Usd / Unit.KilogramsPerUnit()).CompareTo(other.Usd / other.Unit.KilogramsPerUnit());

    /// <summary>Whether two prices are equal per kilogram.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Price left, Price right) => left.Equals(right);

    /// <summary>Whether two prices differ per kilogram.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Price left, Price right) => !left.Equals(right);

    /// <summary>Compares prices per kilogram.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Price left, Price right) => left.CompareTo(right) < 0;

    /// <summary>Compares prices per kilogram.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Price left, Price right) => left.CompareTo(right) > 0;

    /// <summary>Compares prices per kilogram.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Price left, Price right) => left.CompareTo(right) <= 0;

    /// <summary>Compares prices per kilogram.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Price left, Price right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>230 USD/kg</c> in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Usd.ToString("0.######", CultureInfo.InvariantCulture)} USD/{Unit.Symbol()}";
}
