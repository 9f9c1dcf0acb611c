using MineralsMatch.Matching;
using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Offers with volume left unsold, with every reason.</summary>
internal static class UnsoldSupplyTable
{
    /// <summary>Builds the table of the offers whose unsold volume is above zero.</summary>
    /// <param name="offers">Every offer outcome.</param>
    /// <returns>The table, or <see langword="null"/> when all supply is sold.</returns>
    public static Table? Build(IReadOnlyList<OfferOutcome> offers)
    {
        var unsold = offers.Where(o => o.Unsold.Amount > 0m).ToList();
        if (unsold.Count == 0)
        {
            return null;
        }

        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Offer");
        table.AddColumn("Producer");
        table.AddColumn(new TableColumn("Unsold of capacity").RightAligned().NoWrap());
        table.AddColumn("Sells at (ask)");
        table.AddColumn("Reasons");
        foreach (var o in unsold)
        {
            table.AddRow(
                new Text(o.Offer),
                new Text(o.Producer),
                new Text($"{Numbers.Quantity(o.Unsold)} of {Numbers.Quantity(o.Capacity)}"),
                new Text(ReservationCell.Of(o.SoldAt, o.Capacity.Unit)),
                new Text(ReasonLines.Of(o.Reasons)));
        }

        return table;
    }
}
