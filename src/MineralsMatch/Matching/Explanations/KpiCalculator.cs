using MineralsMatch.Contracts;

namespace MineralsMatch.Matching.Explanations;

/// <summary>Computes the headline KPIs: value, turnover, coverage per mineral and of japan-32, supplier HHI per buyer.</summary>
internal static class KpiCalculator
{
    public const string Japan32 = "japan-32";

    public static MatchKpis Compute(MatchingContext context, IReadOnlyList<ContractProposal> proposals, IReadOnlyList<RequirementOutcome> requirements)
    {
        var japan = context.Catalog.Lists.FirstOrDefault(l => l.Id == Japan32)?.Members.ToHashSet(StringComparer.Ordinal) ?? [];
        var coverage = requirements
            .GroupBy(r => context.Product(r.Product).Mineral, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var required = g.Sum(r => r.Target.InKilograms);
                var met = g.Sum(r => r.Met.InKilograms);
                return new MineralCoverage(g.Key, required, met, Ratio(met, required), japan.Contains(g.Key));
            })
            .ToList();
        var onList = coverage.Where(c => c.OnJapan32).ToList();

        var concentration = proposals
            .GroupBy(p => p.Buyer, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Sum(p => p.AnnualVolume.InKilograms);
                var shares = g.GroupBy(p => p.Supplier, StringComparer.Ordinal).Select(s => Ratio(s.Sum(p => p.AnnualVolume.InKilograms), total) * 100m);
                return new BuyerConcentration(g.Key, g.Select(p => p.Supplier).Distinct(StringComparer.Ordinal).Count(), decimal.Round(shares.Sum(s => s * s), 2));
            })
            .ToList();

        return new MatchKpis
        {
            Proposals = proposals.Count,
            TotalAnnualValue = decimal.Round(proposals.Sum(p => p.ValuePerUnit * p.AnnualVolume.Amount), 2),
            TotalAnnualTurnover = decimal.Round(proposals.Sum(p => p.Terms.Base.Usd * p.AnnualVolume.Amount), 2),
            OverallCoverage = Ratio(coverage.Sum(c => c.MetKg), coverage.Sum(c => c.RequiredKg)),
            Japan32Coverage = Ratio(onList.Sum(c => c.MetKg), onList.Sum(c => c.RequiredKg)),
            Japan32MineralsDemanded = onList.Count,
            Japan32MineralsSupplied = onList.Count(c => c.MetKg > 0m),
            CoverageByMineral = coverage,
            SupplierConcentration = concentration,
        };
    }

    private static decimal Ratio(decimal part, decimal whole) => whole == 0m ? 0m : decimal.Round(part / whole, 6);
}
