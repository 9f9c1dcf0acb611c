using MineralsMatch.Matching;
using Spectre.Console;

namespace MineralsMatch.Cli.Rendering;

/// <summary>The KPIs per mineral: demand met by contained quantity and by value, supplier-country concentration against the baseline.</summary>
internal static class MineralKpisTable
{
    /// <summary>Builds the table of the minerals with demand.</summary>
    /// <param name="minerals">The KPIs per mineral.</param>
    /// <returns>The table, or <see langword="null"/> when no mineral has demand.</returns>
    public static Table? Build(IReadOnlyList<MineralKpis> minerals)
    {
        if (minerals.Count == 0)
        {
            return null;
        }

        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Mineral");
        if (minerals.Any(m => m.QuantityAsTraded))
        {
            table.Caption("† a product has no content in the catalog: its quantity counts as traded, not as contained mineral");
        }

        table.AddColumn("Lists");
        table.AddColumn(new TableColumn("Met of demand, kg/yr contained").RightAligned());
        table.AddColumn(new TableColumn("By quantity").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("By value").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("HHI, top country").RightAligned());
        table.AddColumn(new TableColumn("Baseline HHI, top country").RightAligned());
        foreach (var m in minerals)
        {
            table.AddRow(
                new Text(m.QuantityAsTraded ? m.Mineral + " †" : m.Mineral),
                new Text(m.Lists.Count == 0 ? "–" : string.Join(", ", m.Lists)),
                new Text($"{Numbers.Amount(m.MetContainedKg)} of {Numbers.Amount(m.DemandContainedKg)}"),
                new Text(Numbers.Percent(m.DemandMetShare)),
                new Text(Numbers.Percent(m.ValueMetShare)),
                new Text(Concentration(m.Hhi, m.TopCountry, m.TopCountryShare)),
                new Text(m.BaselineYear is { } year ? $"{Concentration(m.BaselineHhi, m.BaselineTopCountry, m.BaselineTopCountryShare)} ({year})" : "–"));
        }

        return table;
    }

    private static string Concentration(decimal? hhi, string? country, decimal? share) =>
        hhi is { } h ? $"{Numbers.Count((long)decimal.Round(h, 0))}, {(country is null || share is null ? "–" : $"{country} {Numbers.Percent(share.Value)}")}" : "–";
}
