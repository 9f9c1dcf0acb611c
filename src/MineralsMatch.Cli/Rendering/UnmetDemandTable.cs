using MineralsMatch.Matching;
using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Requirements left (partly) unmet, with the value of one more unit and every reason.</summary>
internal static class UnmetDemandTable
{
    /// <summary>Builds the table of the requirements whose unmet volume is above zero.</summary>
    /// <param name="requirements">Every requirement outcome.</param>
    /// <returns>The table, or <see langword="null"/> when all demand is met.</returns>
    public static Table? Build(IReadOnlyList<RequirementOutcome> requirements)
    {
        var unmet = requirements.Where(r => r.Unmet.Amount > 0m).ToList();
        if (unmet.Count == 0)
        {
            return null;
        }

        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Requirement");
        table.AddColumn("Buyer");
        table.AddColumn(new TableColumn("Unmet of target").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Shadow price of demand").RightAligned().NoWrap());
        table.AddColumn("Served at (bid)");
        table.AddColumn("Reasons");
        foreach (var r in unmet)
        {
            table.AddRow(
                new Text(r.Requirement),
                new Text(r.Buyer),
                new Text($"{Numbers.Quantity(r.Unmet)} of {Numbers.Quantity(r.Target)}"),
                new Text(Numbers.PerUnit(r.ShadowPrice, r.Target.Unit)),
                new Text(ReservationCell.Of(r.ServedAt, r.Target.Unit)),
                new Text(ReasonLines.Of(r.Reasons)));
        }

        return table;
    }
}
