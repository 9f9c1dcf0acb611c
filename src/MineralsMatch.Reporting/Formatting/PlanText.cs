using System.Globalization;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>How every report names the plan's quality and horizon, so Markdown, HTML and the CLI say the same words.</summary>
internal static class PlanText
{
    /// <summary><c>optimal</c>, or <c>approximate (gap 1.25 %)</c> with the relative gap to the proven bound.</summary>
    public static string Optimality(SolverStatistics solver) => solver.Optimality == PlanOptimality.Optimal
        ? "optimal"
        : $"approximate (gap {GapPercent(solver.Gap)})";

    /// <summary>The relative gap as a percentage with two decimals: <c>1.25 %</c>.</summary>
    public static string GapPercent(double gap) =>
        $"{Math.Round(gap * 100, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)} %";

    /// <summary>The planning horizon: <c>2026–2040</c>, or one year alone.</summary>
    public static string Horizon(SolverStatistics solver) => solver.FirstYear == solver.LastYear
        ? solver.FirstYear.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{solver.FirstYear}–{solver.LastYear}");

    /// <summary>The years that any offer, requirement or route of the result reports, ascending.</summary>
    public static IReadOnlyList<int> Years(MatchResult result) =>
        [.. result.Offers.SelectMany(o => o.Years.Select(y => y.Year))
            .Concat(result.Requirements.SelectMany(r => r.Years.Select(y => y.Year)))
            .Concat(result.Routes.SelectMany(r => r.Years.Select(y => y.Year)))
            .Distinct()
            .Order()];
}
