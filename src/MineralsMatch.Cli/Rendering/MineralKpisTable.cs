using MineralsMatch.Matching;

namespace MineralsMatch.Cli.Rendering;

/// <summary>The KPIs per mineral: demand met by contained quantity and by value, supplier-country concentration against the baseline.</summary>
internal static class MineralKpisTable
{
    /// <summary>Builds the table of the minerals with demand.</summary>
    /// <param name="minerals">The KPIs per mineral.</param>
    /// <returns>The table, or <see langword="null"/> when no mineral has demand.</returns>
    public static TextTable? Build(IReadOnlyList<MineralKpis> minerals)
    {
        if (minerals.Count == 0)
        {
            return null;
        }

        var table = new TextTable()
            .Column("Mineral")
            .Column("Lists")
            .Column("Met of demand, kg/yr contained", right: true)
            .Column("By quantity", right: true, noWrap: true)
            .Column("By value", right: true, noWrap: true)
            .Column("HHI, top country", right: true)
            .Column("Baseline HHI, top country", right: true);
        if (minerals.Any(m => m.QuantityAsTraded))
        {
            table.Caption("† a product has no content in the catalog: its quantity counts as traded, not as contained mineral");
        }

        foreach (var m in minerals)
        {
            table.Row(
                m.QuantityAsTraded ? m.Mineral + " †" : m.Mineral,
                m.Lists.Count == 0 ? "–" : string.Join(", ", m.Lists),
                $"{Numbers.Amount(m.MetContainedKg)} of {Numbers.Amount(m.DemandContainedKg)}",
                Numbers.Percent(m.DemandMetShare),
                Numbers.Percent(m.ValueMetShare),
                Concentration(m.Hhi, m.TopCountry, m.TopCountryShare),
                m.BaselineYear is { } year ? $"{Concentration(m.BaselineHhi, m.BaselineTopCountry, m.BaselineTopCountryShare)} ({year})" : "–");
        }

        return table;
    }

    private static string Concentration(decimal? hhi, string? country, decimal? share) =>
        hhi is { } h ? $"{Numbers.Count((long)decimal.Round(h, 0))}, {(country is null || share is null ? "–" : $"{country} {Numbers.Percent(share.Value)}")}" : "–";
}
