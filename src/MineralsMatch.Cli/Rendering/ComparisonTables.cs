using System.Globalization;
using MineralsMatch.Comparison;
using MineralsMatch.Minerals;
using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>A comparison as tables: contracts that move or disappear, requirements whose supply changes, coverage per mineral.</summary>
internal static class ComparisonTables
{
    public static void Write(IAnsiConsole console, ScenarioComparison c)
    {
        console.WriteLine($"Annual value score {Score(c.ValueChange, signed: true)} ({Score(c.ValueBefore)} → {Score(c.ValueAfter)}; not money) · annual turnover {Signed(c.MoneyChange)}");
        if (!c.ChangesPlan)
        {
            console.WriteLine("No change to the plan.");
            return;
        }

        if (c.ProposalsAdded.Count + c.ProposalsRemoved.Count + c.ProposalsChanged.Count > 0)
        {
            var contracts = new Table { Border = TableBorder.Rounded };
            contracts.AddColumn("Contract");
            contracts.AddColumn("Change");
            contracts.AddColumn("Before");
            contracts.AddColumn("After");
            foreach (var p in c.ProposalsRemoved)
            {
                contracts.AddRow(new Text($"{p.Offer} → {p.Requirement}"), new Text("removed"), new Text(Terms(p)), new Text("–"));
            }

            foreach (var change in c.ProposalsChanged)
            {
                contracts.AddRow(new Text($"{change.Before.Offer} → {change.Before.Requirement}"), new Text(string.Join(", ", change.Changes)), new Text(Terms(change.Before)), new Text(Terms(change.After)));
            }

            foreach (var p in c.ProposalsAdded)
            {
                contracts.AddRow(new Text($"{p.Offer} → {p.Requirement}"), new Text("added"), new Text("–"), new Text(Terms(p)));
            }

            console.Write(contracts);
        }

        if (c.Requirements.Count > 0)
        {
            var requirements = new Table { Border = TableBorder.Rounded };
            requirements.AddColumn("Requirement");
            requirements.AddColumn(new TableColumn("Met before").RightAligned().NoWrap());
            requirements.AddColumn(new TableColumn("Met after").RightAligned().NoWrap());
            requirements.AddColumn(new TableColumn("Change").RightAligned().NoWrap());
            requirements.AddColumn("Why");
            foreach (var r in c.Requirements)
            {
                requirements.AddRow(new Text(r.Requirement), new Text(Numbers.Quantity(r.MetBefore)), new Text(Numbers.Quantity(r.MetAfter)), new Text(Numbers.Quantity(r.MetChange)), new Text(r.Reason));
            }

            console.Write(requirements);
        }

        var changed = c.Minerals.Where(m => m.CoverageChange != 0m || m.ConcentrationAfter != m.ConcentrationBefore).ToList();
        if (changed.Count > 0)
        {
            var minerals = new Table { Border = TableBorder.Rounded };
            minerals.AddColumn("Mineral");
            minerals.AddColumn(new TableColumn("Coverage before").RightAligned().NoWrap());
            minerals.AddColumn(new TableColumn("Coverage after").RightAligned().NoWrap());
            minerals.AddColumn(new TableColumn("Supplier HHI").RightAligned().NoWrap());
            foreach (var m in changed)
            {
                minerals.AddRow(new Text(m.Mineral), new Text(Numbers.Percent(m.CoverageBefore)), new Text(Numbers.Percent(m.CoverageAfter)), new Text($"{Hhi(m.ConcentrationBefore)} → {Hhi(m.ConcentrationAfter)}"));
            }

            console.Write(minerals);
        }
    }

    private static string Terms(ProposalSnapshot p) =>
        string.Create(CultureInfo.InvariantCulture, $"{Numbers.Quantity(p.AnnualVolume)}/yr via {p.Route}, {p.StartYear}+{p.TenorYears} y, {Numbers.Money(p.BasePrice)} USD/{p.AnnualVolume.Unit.Symbol()}");

    private static string Score(decimal score, bool signed = false) => (signed && score > 0 ? "+" : string.Empty) + Numbers.Count((long)decimal.Round(score, 0));

    private static string Signed(decimal usd) => (usd > 0 ? "+" : string.Empty) + Numbers.Usd(usd);

    private static string Hhi(decimal hhi) => Math.Round(hhi, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
