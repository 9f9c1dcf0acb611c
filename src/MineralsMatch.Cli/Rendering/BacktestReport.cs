using MineralsMatch.Backtesting;
using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>The human-readable <c>backtest</c> report: the verdict counts, then one row per reference deal with its reason.</summary>
internal static class BacktestReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="console">The console.</param>
    /// <param name="result">The backtest.</param>
    public static void Write(IAnsiConsole console, BacktestResult result)
    {
        console.MarkupLine($"[bold]{Markup.Escape(result.Market)}[/] · backtest of {Count(result.Deals.Count, "reference deal", "reference deals")}: "
            + $"{result.Count(DealVerdict.Recovered)} recovered, {result.Count(DealVerdict.Partly)} partly, {result.Count(DealVerdict.Missed)} missed");
        if (result.Deals.Count == 0)
        {
            console.WriteLine("The scenario holds no reference deals (add a referenceDeals section).");
            return;
        }

        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Deal");
        table.AddColumn("Supplier → buyer");
        table.AddColumn(new TableColumn("Reference").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Proposed").RightAligned().NoWrap());
        table.AddColumn("Verdict");
        table.AddColumn("Reason");
        foreach (var deal in result.Deals)
        {
            var reference = deal.Deal;
            table.AddRow(
                new Text(reference.Id),
                new Text($"{reference.Supplier} → {reference.Buyer} ({reference.Product})"),
                new Text($"{Numbers.Quantity(reference.AnnualVolume)}/yr from {reference.StartYear}"),
                new Text(deal.ProposedVolume is { } volume ? $"{Numbers.Quantity(volume)}/yr from {deal.ProposedStartYear}" : "—"),
                new Text(DealVerdicts.Name(deal.Verdict)),
                new Text(deal.Reason));
        }

        console.WriteLine();
        console.Write(table);
        console.WriteLine();
        console.WriteLine(MatchReport.PlanLine(result.Match.Solver));
    }

    private static string Count(int count, string one, string many) => $"{Numbers.Count(count)} {(count == 1 ? one : many)}";
}
