using MineralsMatch.Matching;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Offers with volume left unsold, with every reason.</summary>
internal static class UnsoldSupplyTable
{
    /// <summary>Builds the table of the offers whose unsold volume is above zero.</summary>
    /// <param name="offers">Every offer outcome.</param>
    /// <returns>The table, or <see langword="null"/> when all supply is sold.</returns>
    public static TextTable? Build(IReadOnlyList<OfferOutcome> offers)
    {
        var unsold = offers.Where(o => o.Unsold.Amount > 0m).ToList();
        if (unsold.Count == 0)
        {
            return null;
        }

        var table = new TextTable()
            .Column("Offer")
            .Column("Producer")
            .Column("Unsold of capacity", right: true, noWrap: true)
            .Column("Sells at (ask)")
            .Column("Reasons");
        foreach (var o in unsold)
        {
            table.Row(
                o.Offer,
                o.Producer,
                $"{Numbers.Quantity(o.Unsold)} of {Numbers.Quantity(o.Capacity)}",
                ReservationCell.Of(o.SoldAt, o.Capacity.Unit),
                ReasonLines.Of(o.Reasons));
        }

        return table;
    }
}
