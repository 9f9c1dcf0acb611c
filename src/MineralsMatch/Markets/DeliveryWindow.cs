using System.Globalization;

namespace MineralsMatch.Markets;

/// <summary>The calendar years, first and last inclusive, in which deliveries can take place.</summary>
public readonly record struct DeliveryWindow
{
    private DeliveryWindow(int firstYear, int lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>The first delivery year.</summary>
    public int FirstYear { get; }

    /// <summary>The last delivery year.</summary>
    public int LastYear { get; }

    /// <summary>The number of years in the window.</summary>
    public int Years => LastYear - FirstYear + 1;

    /// <summary>Creates a window.</summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year, not before <paramref name="firstYear"/>.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The last year is before the first.</exception>
    public static DeliveryWindow Of(int firstYear, int lastYear)
    {
        if (lastYear < firstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, $"The last year must not be before the first year ({firstYear}).");
        }

        return new DeliveryWindow(firstYear, lastYear);
    }

    /// <summary>The years both windows share, if any.</summary>
    /// <param name="other">The other window.</param>
    /// <returns>The overlap, or <see langword="null"/> when the windows are disjoint.</returns>
    public DeliveryWindow? Overlap(DeliveryWindow other)
    {
        var first = Math.Max(FirstYear, other.FirstYear);
        var last = Math.Min(LastYear, other.LastYear);
        return last >= first ? new DeliveryWindow(first, last) : null;
    }

    /// <summary>Formats as <c>2026–2035</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FirstYear.ToString(CultureInfo.InvariantCulture) + "–" + LastYear.ToString(CultureInfo.InvariantCulture);
}
