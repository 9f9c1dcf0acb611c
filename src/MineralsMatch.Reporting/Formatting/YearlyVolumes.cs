using MineralsMatch.Formatting;
using MineralsMatch.Contracts;
using MineralsMatch.Minerals;

namespace MineralsMatch.Reporting.Formatting;

/// <summary>A proposal's deliveries summed per calendar year, in the unit of its annual volume.</summary>
internal static class YearlyVolumes
{
    /// <summary>Year → delivered amount; years without deliveries are absent.</summary>
    public static IReadOnlyDictionary<int, decimal> Of(ContractProposal proposal)
    {
        var unit = proposal.AnnualVolume.Unit;
        var years = new SortedDictionary<int, decimal>();
        foreach (var instalment in proposal.Schedule)
        {
            years[instalment.Year] = years.GetValueOrDefault(instalment.Year) + instalment.Quantity.ConvertTo(unit).Amount;
        }

        return years;
    }

    /// <summary>The years any proposal delivers in, ascending.</summary>
    public static IReadOnlyList<int> Years(IEnumerable<ContractProposal> proposals) =>
        [.. proposals.SelectMany(p => p.Schedule.Select(s => s.Year)).Distinct().Order()];

    /// <summary>An amount as <c>used / capacity</c>, each with separators.</summary>
    public static string OfTotal(Quantity part, Quantity whole) =>
        $"{ReadableNumbers.Amount(part.ConvertTo(whole.Unit).Amount)} / {ReadableNumbers.Amount(whole.Amount)}";
}
