using System.Globalization;

namespace MineralsMatch.Minerals;

/// <summary>The mass fraction of a payable element (or priced species) in a product; converts gross to contained.</summary>
/// <remarks>1 t of MnSO4·H2O at an assay of 0.325 contains 0.325 t of Mn.</remarks>
/// <example>
/// <code>
/// var battery = Assay.Of(0.325m);
/// Quantity mn = battery.Contained(Quantity.Tonnes(1m));      // 0.325 t
/// Quantity gross = battery.Gross(Quantity.Tonnes(0.325m));   // 1 t
/// </code>
/// </example>
public readonly record struct Assay
{
    private Assay(decimal fraction) => Fraction = fraction;

    /// <summary>The mass fraction, greater than 0 and at most 1.</summary>
    public decimal Fraction { get; }

    /// <summary>Creates an assay from a mass fraction.</summary>
    /// <param name="fraction">Greater than 0 and at most 1 (0.325 for 32.5 %).</param>
    /// <returns>The assay.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is outside (0, 1].</exception>
    public static Assay Of(decimal fraction)
    {
        if (fraction <= 0m || fraction > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "An assay is a mass fraction greater than 0 and at most 1.");
        }

        return new Assay(fraction);
    }

    /// <summary>Creates an assay from a percentage (32.5 for 32.5 %).</summary>
    /// <param name="percent">Greater than 0 and at most 100.</param>
    /// <returns>The assay.</returns>
    public static Assay Percent(decimal percent) => Of(percent / 100m);

    /// <summary>The contained mass in a gross quantity of product.</summary>
    /// <param name="gross">The gross quantity.</param>
    /// <returns>The contained quantity, in the same unit.</returns>
    public Quantity Contained(Quantity gross) => gross * Fraction;

    /// <summary>The gross mass of product that contains the given mass.</summary>
    /// <param name="contained">The contained quantity.</param>
    /// <returns>The gross quantity, in the same unit.</returns>
    public Quantity Gross(Quantity contained) => Quantity.Of(contained.Amount / Fraction, contained.Unit);

    /// <summary>Formats as a percentage, e.g. <c>32.5 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Fraction * 100m).ToString("0.######", CultureInfo.InvariantCulture) + " %";
}
