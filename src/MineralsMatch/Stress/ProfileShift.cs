using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Stress;

/// <summary>Scales and delays yearly profiles.</summary>
internal static class ProfileShift
{
    public static YearlyProfile? Scale(YearlyProfile? profile, decimal factor) =>
        profile is null ? null : profile with { Years = [.. profile.Years.Select(y => y with { Amount = y.Amount * factor })] };

    public static Quantity? ClampMinimum(Quantity? minimum, Quantity annual) =>
        minimum is { } min && min > annual ? annual : minimum;

    /// <summary>
    /// Moves the start of a profile <paramref name="quarters"/> quarters later; later steps move by whole years
    /// (rounded up), since steps happen at year starts. Entries after <paramref name="lastYear"/> are dropped.
    /// </summary>
    /// <returns>The delayed profile, or <see langword="null"/> when the start moves past <paramref name="lastYear"/>.</returns>
    public static YearlyProfile? Delay(YearlyProfile profile, int quarters, int lastYear)
    {
        if (profile.Years.Count == 0)
        {
            return profile;
        }

        var startQuarter = Math.Clamp(profile.StartQuarter, 1, 4) - 1 + quarters;
        var first = profile.Years[0] with { Year = profile.Years[0].Year + (startQuarter / 4) };
        var laterYears = (quarters + 3) / 4;
        var years = new List<YearAmount> { first };
        years.AddRange(profile.Years.Skip(1).Select(y => y with { Year = y.Year + laterYears }));
        var kept = years.Where(y => y.Year <= lastYear).ToList();
        return kept.Count == 0 ? null : new YearlyProfile { StartQuarter = (startQuarter % 4) + 1, Years = kept };
    }
}
