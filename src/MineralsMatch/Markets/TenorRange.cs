using System.Globalization;

namespace MineralsMatch.Markets;

/// <summary>The contract lengths, in whole years, a party will sign.</summary>
public readonly record struct TenorRange
{
    private TenorRange(int minYears, int maxYears)
    {
        MinYears = minYears;
        MaxYears = maxYears;
    }

    /// <summary>The shortest tenor, at least one year.</summary>
    public int MinYears { get; }

    /// <summary>The longest tenor.</summary>
    public int MaxYears { get; }

    /// <summary>Creates a tenor range.</summary>
    /// <param name="minYears">At least 1.</param>
    /// <param name="maxYears">At least <paramref name="minYears"/>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are out of order or below one year.</exception>
    public static TenorRange Of(int minYears, int maxYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minYears, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxYears, minYears);
        return new TenorRange(minYears, maxYears);
    }

    /// <summary>The tenors both ranges allow, if any.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The common range, or <see langword="null"/>.</returns>
    public TenorRange? Intersect(TenorRange other)
    {
        var min = Math.Max(MinYears, other.MinYears);
        var max = Math.Min(MaxYears, other.MaxYears);
        return max >= min ? new TenorRange(min, max) : null;
    }

    /// <summary>Formats as <c>3–10 years</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        MinYears.ToString(CultureInfo.InvariantCulture) + "–" + MaxYears.ToString(CultureInfo.InvariantCulture) + " years";
}
