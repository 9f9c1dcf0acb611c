using MineralsMatch.Collections;

namespace MineralsMatch.Markets;

/// <summary>
/// A volume that changes over the years: an offer's capacity ramp or a requirement's growing demand. Each entry
/// sets the yearly rate from its year on, until the next entry; before the first entry the rate is 0. When the
/// first year starts part-way (<see cref="StartQuarter"/> above 1), that year counts pro rata.
/// </summary>
/// <example>
/// ERG's Pavlodar gallium from Q3 2026 at 12 t/yr, 15 t/yr from 2028: 6 t in 2026, 12 t in 2027, 15 t from 2028.
/// <code>
/// var ramp = new YearlyProfile { StartQuarter = 3, Years = [new YearAmount(2026, 12m), new YearAmount(2028, 15m)] };
/// decimal first = ramp.AmountIn(2026); // 6
/// </code>
/// </example>
public sealed record YearlyProfile
{
    /// <summary>The quarter (1 to 4) of the first entry's year in which the volume starts; 1 by default (a whole first year).</summary>
    public int StartQuarter { get; init; } = 1;

    /// <summary>The entries, by strictly increasing year; amounts in the owner's annual-volume unit.</summary>
    public IReadOnlyList<YearAmount> Years { get; init => field = ValueList<YearAmount>.From(value); } = ValueList<YearAmount>.Empty;

    /// <summary>The first year with volume, or <see langword="null"/> when the profile is empty.</summary>
    public int? FirstYear => Years.Count > 0 ? Years[0].Year : null;

    /// <summary>The fraction of the first entry's year in which the volume flows: <c>(5 − StartQuarter) / 4</c>.</summary>
    public decimal FirstYearShare => (5 - Math.Clamp(StartQuarter, 1, 4)) / 4m;

    /// <summary>The volume in <paramref name="year"/>: the latest entry's rate at or before it (0 before the first), pro rata in the first year.</summary>
    /// <param name="year">A calendar year.</param>
    /// <returns>The amount, in the owner's annual-volume unit.</returns>
    public decimal AmountIn(int year)
    {
        var rate = RateIn(year);
        return Years.Count > 0 && year == Years[0].Year ? rate * FirstYearShare : rate;
    }

    /// <summary>The yearly rate in force in <paramref name="year"/> (not pro rata): the latest entry at or before it, 0 before the first.</summary>
    /// <param name="year">A calendar year.</param>
    /// <returns>The rate, in the owner's annual-volume unit.</returns>
    public decimal RateIn(int year)
    {
        var rate = 0m;
        foreach (var entry in Years)
        {
            if (entry.Year > year)
            {
                break;
            }

            rate = entry.Amount;
        }

        return rate;
    }
}
