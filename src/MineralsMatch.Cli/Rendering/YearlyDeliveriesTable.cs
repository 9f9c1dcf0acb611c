using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Minerals;

namespace MineralsMatch.Cli.Rendering;

/// <summary>
/// The compact per-year view: one line per proposal with its yearly deliveries over the horizon, runs of equal years
/// merged (<c>2027–2029 1,000 kg · 2030–2031 1,200 kg</c>), so a 15-year plan still fits one terminal line.
/// </summary>
internal static class YearlyDeliveriesTable
{
    public static TextTable Build(IReadOnlyList<ContractProposal> proposals)
    {
        var table = new TextTable().Column("Supplier → buyer").Column("Product").Column("Deliveries by year");
        foreach (var p in proposals)
        {
            table.Row($"{p.Supplier} → {p.Buyer}", p.Product, Runs(p));
        }

        return table;
    }

    /// <summary>The proposal's yearly totals as runs of consecutive years with the same volume; years without delivery inside the span show as <c>0</c>.</summary>
    internal static string Runs(ContractProposal proposal)
    {
        var unit = proposal.AnnualVolume.Unit;
        var years = new SortedDictionary<int, decimal>();
        foreach (var instalment in proposal.Schedule)
        {
            years[instalment.Year] = years.GetValueOrDefault(instalment.Year) + instalment.Quantity.ConvertTo(unit).Amount;
        }

        if (years.Count == 0)
        {
            return "no deliveries scheduled";
        }

        var runs = new List<string>();
        var first = years.Keys.First();
        var last = years.Keys.Last();
        var start = first;
        for (var year = first; year <= last; year++)
        {
            var volume = years.GetValueOrDefault(year);
            if (year == last || years.GetValueOrDefault(year + 1) != volume)
            {
                var span = start == year ? Year(year) : $"{Year(start)}–{Year(year)}";
                runs.Add($"{span} {Numbers.Amount(volume)} {unit.Symbol()}");
                start = year + 1;
            }
        }

        return string.Join(" · ", runs);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
