using System.Globalization;

namespace MineralsMatch.Minerals;

/// <summary>An amount of material in a <see cref="QuantityUnit"/>, compared and converted exactly in decimal.</summary>
/// <remarks>
/// Equality and ordering compare the mass, not the spelling: <c>Quantity.Tonnes(1) == Quantity.Kilograms(1000)</c>.
/// Conversions multiply or divide by the exact factors of <see cref="QuantityUnitExtensions.KilogramsPerUnit"/>;
/// a division (for example kilograms into pounds) is rounded to decimal's 28 significant digits.
/// Whether a quantity is gross (the product as shipped) or contained (the payable element) is said by
/// the context that holds it; <see cref="Assay"/> converts between the two.
/// </remarks>
/// <example>
/// <code>
/// var lot = Quantity.Tonnes(12.5m);
/// Quantity inKg = lot.ConvertTo(QuantityUnit.Kilogram); // 12500 kg
/// bool more = lot > Quantity.Pounds(20_000m);           // true: 20 000 lb is 9 071.8474 kg
/// </code>
/// </example>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IFormattable
{
    private Quantity(decimal amount, QuantityUnit unit)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The number of <see cref="Unit"/>s.</summary>
    public decimal Amount { get; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>The mass in kilograms, exactly where the unit's factor allows.</summary>
    public decimal InKilograms => Amount * Unit.KilogramsPerUnit();

    /// <summary>Creates a quantity.</summary>
    /// <param name="amount">The amount; may be zero or negative (a difference of quantities).</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public static Quantity Of(decimal amount, QuantityUnit unit)
    {
        // The units are numbered from 0 without gaps: a range check is Enum.IsDefined without its lookup (this runs per pair).
        if ((uint)unit > (uint)QuantityUnit.TroyOunce)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown quantity unit.");
        }

        return new Quantity(amount, unit);
    }

    /// <summary>Creates a quantity in kilograms.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Kilograms(decimal amount) => new(amount, QuantityUnit.Kilogram);

    /// <summary>Creates a quantity in metric tonnes.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Tonnes(decimal amount) => new(amount, QuantityUnit.Tonne);

    /// <summary>Creates a quantity in pounds.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Pounds(decimal amount) => new(amount, QuantityUnit.Pound);

    /// <summary>Creates a quantity in metric tonne units (10 kg each).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The quantity.</returns>
    public static Quantity MetricTonneUnits(decimal amount) => new(amount, QuantityUnit.MetricTonneUnit);

    /// <summary>Creates a quantity in troy ounces.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The quantity.</returns>
    public static Quantity TroyOunces(decimal amount) => new(amount, QuantityUnit.TroyOunce);

    /// <summary>Zero in the given unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>A zero quantity.</returns>
    public static Quantity Zero(QuantityUnit unit) => Of(0m, unit);

    /// <summary>Expresses this quantity in another unit.</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The same mass in <paramref name="unit"/>.</returns>
    public Quantity ConvertTo(QuantityUnit unit) =>
        unit == Unit ? this : Of(Amount * Unit.KilogramsPerUnit() / unit.KilogramsPerUnit(), unit);

    /// <summary>Adds two quantities; the result is in this quantity's unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    public static Quantity operator +(Quantity left, Quantity right) => new(left.Amount + right.ConvertTo(left.Unit).Amount, left.Unit);

    /// <summary>Subtracts two quantities; the result is in the left quantity's unit.</summary>
    /// <param name="left">The quantity to subtract from.</param>
    /// <param name="right">The quantity to subtract.</param>
    /// <returns>The difference.</returns>
    public static Quantity operator -(Quantity left, Quantity right) => new(left.Amount - right.ConvertTo(left.Unit).Amount, left.Unit);

    /// <summary>Scales a quantity.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled quantity, in the same unit.</returns>
    public static Quantity operator *(Quantity quantity, decimal factor) => new(quantity.Amount * factor, quantity.Unit);

    /// <summary>Adds two quantities.</summary>
    /// <param name="other">The quantity to add.</param>
    /// <returns>The sum in this quantity's unit.</returns>
    public Quantity Add(Quantity other) => this + other;

    /// <summary>Subtracts a quantity.</summary>
    /// <param name="other">The quantity to subtract.</param>
    /// <returns>The difference in this quantity's unit.</returns>
    public Quantity Subtract(Quantity other) => this - other;

    /// <summary>Scales this quantity.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled quantity.</returns>
    public Quantity Multiply(decimal factor) => this * factor;

    /// <inheritdoc />
    public bool Equals(Quantity other) => Unit == other.Unit ? Amount == other.Amount : InTonnes == other.InTonnes;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => InTonnes.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Quantity other) => Unit == other.Unit ? Amount.CompareTo(other.Amount) : InTonnes.CompareTo(other.InTonnes);

    /// <summary>Whether two quantities have the same mass.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Whether two quantities differ in mass.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Compares masses.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Compares masses.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Compares masses.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Compares masses.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>12.5 t</c> in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        $"{Amount.ToString(format ?? "0.############", formatProvider ?? CultureInfo.InvariantCulture)} {Unit.Symbol()}";

    // The mass in tonnes, for comparing and hashing across units: every unit is at most a tonne, so the factor is at
    // most 1 and no amount a decimal can hold overflows (InKilograms does beyond about 7.9·10²⁵ t).
    private decimal InTonnes => Amount * (Unit.KilogramsPerUnit() / 1000m);
}
