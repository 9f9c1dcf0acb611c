using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using Spectre.Console;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Cli.Rendering;

/// <summary>The human-readable <c>match</c> report: KPIs (money and the value score apart, per list and per mineral), proposals, unmet demand, unsold supply and solver statistics.</summary>
internal static class MatchReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="console">The console.</param>
    /// <param name="result">The matching result.</param>
    public static void Write(IAnsiConsole console, MatchResult result)
    {
        var k = result.Kpis;
        console.MarkupLine($"[bold]{Markup.Escape(result.Market)}[/] · objective {Objective(result.Objective)} · {Plural(k.Proposals, "proposal", "proposals")}");
        console.WriteLine(MoneyLine(k));
        console.WriteLine(CoverageLine(k));
        foreach (var list in k.Lists)
        {
            console.WriteLine(ListLine(list));
        }

        if (result.Solver.FirstYear != result.Solver.LastYear)
        {
            PlanByYear(console, result);
        }

        if (result.Stability is { } stability)
        {
            console.WriteLine(StabilityLine(stability));
        }

        Section(console, "KPIs by mineral", MineralKpisTable.Build(k.Minerals), "No demand in this market.");
        Section(console, "Proposals", result.Proposals.Count == 0 ? null : ProposalsTable.Build(result.Proposals), "No contract can be proposed.");
        Section(console, "Deliveries by year", result.Proposals.Count == 0 ? null : YearlyDeliveriesTable.Build(result.Proposals), "No deliveries.");
        Section(console, "Unmet demand", UnmetDemandTable.Build(result.Requirements), "All demand is met.");
        Section(console, "Unsold supply", UnsoldSupplyTable.Build(result.Offers), "All supply is sold.");

        console.WriteLine();
        console.WriteLine(PlanLine(result.Solver));
        console.WriteLine(SolverLine(result.Solver));
    }

    /// <summary>Money and the value score, named apart.</summary>
    /// <param name="k">The KPIs.</param>
    /// <returns>The line.</returns>
    internal static string MoneyLine(MatchKpis k) =>
        $"Annual turnover {Numbers.Usd(k.AnnualTurnoverUsd)} · landed cost {Numbers.Usd(k.AnnualLandedCostUsd)} (money) · value score {Numbers.Count((long)decimal.Round(k.AnnualValueScore, 0))} (bonuses and penalties included; not money)";

    /// <summary>Coverage over the demanded minerals: counts and the mean share met, never kilograms summed across minerals.</summary>
    /// <param name="k">The KPIs.</param>
    /// <returns>The line.</returns>
    internal static string CoverageLine(MatchKpis k) =>
        $"Minerals: {k.MineralsDemanded} demanded, {k.MineralsFullyCovered} fully, {k.MineralsPartlyCovered} partly, {k.MineralsNotCovered} not covered · mean share of demand met {Numbers.Percent(k.MeanDemandMetShare)}";

    /// <summary>One criticality list's coverage.</summary>
    /// <param name="l">The list's KPIs.</param>
    /// <returns>The line.</returns>
    internal static string ListLine(ListKpis l) =>
        $"List {l.List}: {l.MineralsDemanded} demanded, {l.FullyCovered} fully, {l.PartlyCovered} partly, {l.NotCovered} not covered · mean share met {Numbers.Percent(l.MeanDemandMetShare)}";

    /// <summary>The solver statistics on one line.</summary>
    /// <param name="s">The statistics.</param>
    /// <returns>The line.</returns>
    internal static string PlanLine(SolverStatistics s)
    {
        var quality = s.Optimality == Matching.Planning.PlanOptimality.Optimal
            ? "optimal"
            : $"approximate, gap {Math.Round(s.Gap * 100, 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} % to the proven bound";
        var horizon = s.FirstYear == s.LastYear
            ? s.FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.FirstYear}–{s.LastYear}");
        return $"Plan {horizon} by {s.Planner}: {quality}";
    }

    internal static string SolverLine(SolverStatistics s) =>
        $"Solver {s.Solver}: {s.Status} · {Plural(s.Candidates, "candidate", "candidates")}, {Numbers.Count(s.Rejected)} rejected · "
        + $"{Numbers.Count(s.Nodes)} nodes, {Numbers.Count(s.Arcs)} arcs, {Numbers.Count(s.CountryNodes)} country nodes · "
        + $"{Plural(s.Pivots, "pivot", "pivots")} · objective {s.Objective}";

    // A compact per-year view of a multi-year plan: per offer with any sale, each year's deliveries of its capacity.
    private static void PlanByYear(IAnsiConsole console, MatchResult result)
    {
        var s = result.Solver;
        console.WriteLine($"Plan {s.FirstYear}–{s.LastYear} · planner {s.Planner} · {(s.Optimality == Matching.Planning.PlanOptimality.Optimal ? "optimal" : "approximate")}, gap {Numbers.Percent((decimal)s.Gap)}");
        console.WriteLine();
        console.MarkupLine("[bold]Supply by year[/] (used / capacity)");
        foreach (var offer in result.Offers.Where(o => o.Years.Any(y => y.Used.Amount > 0)))
        {
            var years = offer.Years.Where(y => y.Capacity.Amount > 0 || y.Used.Amount > 0)
                .Select(y => $"{y.Year} {Numbers.Amount(y.Used.Amount)}/{Numbers.Amount(y.Capacity.Amount)}");
            console.WriteLine($"{offer.Offer} ({offer.Capacity.Unit.Symbol()}): {string.Join(" · ", years)}");
        }
    }

    private static void Section(IAnsiConsole console, string title, TextTable? table, string none)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{title}[/]");
        if (table is null)
        {
            console.WriteLine(none);
        }
        else
        {
            table.Write(console);
        }
    }

    private static string Objective(MatchObjective objective) => FileNames.Of(objective);

    /// <summary>The stability certificate on one line.</summary>
    /// <param name="s">The certificate.</param>
    /// <returns>The line.</returns>
    internal static string StabilityLine(StabilityCertificate s) =>
        $"Stable plan (one representative year, pair-split prices): blocking pairs checked {Numbers.Count(s.PairsChecked)}, found {Numbers.Count(s.BlockingPairs)} · "
        + $"value {Numbers.Usd(s.StableValue)} of the optimal {Numbers.Usd(s.OptimalValue)}: price of stability {s.PriceOfStability.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)}";

    private static string Plural(long count, string one, string many) => $"{Numbers.Count(count)} {(count == 1 ? one : many)}";
}
