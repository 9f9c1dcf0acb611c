using MineralsMatch.Matching;
using static MineralsMatch.Formatting.ReadableNumbers;
using static MineralsMatch.Reporting.Formatting.ReportNumbers;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>The KPI labels and figures every report writes the same way: money and the value score named apart, concentration in words.</summary>
internal static class KpiText
{
    /// <summary>The turnover label: money.</summary>
    public const string Turnover = "Annual turnover (money, at base prices)";

    /// <summary>The landed-cost label: money.</summary>
    public const string LandedCost = "Annual landed cost (money)";

    /// <summary>The value-score label: not money.</summary>
    public const string ValueScore = "Annual value score (with bonuses and penalties; not money)";

    /// <summary>The mean-coverage label.</summary>
    public const string MeanShare = "Mean share of demand met, over demanded minerals";

    /// <summary>The value score with its unit: <c>25,812,345 score (USD units)</c>.</summary>
    public static string Score(decimal score) => $"{Whole(score)} (USD units)";

    /// <summary>Counts of demanded minerals by coverage: <c>9 demanded: 7 fully, 1 partly, 1 not covered</c>.</summary>
    public static string Counts(int demanded, int fully, int partly, int not) =>
        $"{Count(demanded)} demanded: {Count(fully)} fully, {Count(partly)} partly, {Count(not)} not covered";

    /// <summary>An HHI (0 to 10,000), or a dash when there is none.</summary>
    public static string Hhi(decimal? hhi) => hhi is { } h ? Whole(h) : "–";

    /// <summary>The largest country and its share, <c>CN 57.0 %</c>, or a dash.</summary>
    public static string Top(string? country, decimal? share) => country is null || share is null ? "–" : $"{country} {Percent(share.Value)}";

    /// <summary>The mineral id, marked <c>†</c> when some of its quantity counts as traded rather than contained.</summary>
    public static string Mineral(MineralKpis m) => m.QuantityAsTraded ? m.Mineral + " †" : m.Mineral;

    /// <summary>The note that explains the mark.</summary>
    public const string AsTradedNote = "† a product of this mineral has no content in the catalog: its quantity counts as traded (gross or on its price basis), not as contained mineral.";

    /// <summary>The lists a mineral is on, comma-separated, or a dash.</summary>
    public static string Lists(MineralKpis m) => m.Lists.Count == 0 ? "–" : string.Join(", ", m.Lists);

    /// <summary>The baseline in words: <c>HHI 3,249, CN 57.0 % (2021)</c>, or a dash without one.</summary>
    public static string Baseline(MineralKpis m) =>
        m.BaselineYear is { } year ? $"HHI {Hhi(m.BaselineHhi)}, {Top(m.BaselineTopCountry, m.BaselineTopCountryShare)} ({year})" : "–";
}
