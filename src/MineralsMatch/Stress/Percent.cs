using System.Globalization;

namespace MineralsMatch.Stress;

/// <summary>Percent changes as factors and as text.</summary>
internal static class Percent
{
    public static decimal Factor(decimal changePercent) => 1m + (changePercent / 100m);

    public static string Text(decimal changePercent) =>
        (changePercent > 0 ? "+" : string.Empty) + Collections.Decimals.Normalize(changePercent).ToString(CultureInfo.InvariantCulture) + " %";
}
