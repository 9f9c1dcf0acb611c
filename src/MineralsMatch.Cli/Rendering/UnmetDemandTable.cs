using MineralsMatch.Matching;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Requirements left (partly) unmet, with the value of one more unit and every reason.</summary>
internal static class UnmetDemandTable
{
    /// <summary>Builds the table of the requirements whose unmet volume is above zero.</summary>
    /// <param name="requirements">Every requirement outcome.</param>
    /// <returns>The table, or <see langword="null"/> when all demand is met.</returns>
    public static TextTable? Build(IReadOnlyList<RequirementOutcome> requirements)
    {
        var unmet = requirements.Where(r => r.Unmet.Amount > 0m).ToList();
        if (unmet.Count == 0)
        {
            return null;
        }

        var table = new TextTable()
            .Column("Requirement")
            .Column("Buyer")
            .Column("Unmet of target", right: true, noWrap: true)
            .Column("Shadow price of demand", right: true, noWrap: true)
            .Column("Served at (bid)")
            .Column("Reasons");
        foreach (var r in unmet)
        {
            table.Row(
                r.Requirement,
                r.Buyer,
                $"{Numbers.Quantity(r.Unmet)} of {Numbers.Quantity(r.Target)}",
                Numbers.PerUnit(r.ShadowPrice, r.Target.Unit),
                ReservationCell.Of(r.ServedAt, r.Target.Unit),
                ReasonLines.Of(r.Reasons));
        }

        return table;
    }
}
