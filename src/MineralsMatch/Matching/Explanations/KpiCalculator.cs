using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Explanations;

/// <summary>
/// Computes the headline KPIs: money (turnover, landed cost) and the value score apart; per mineral the share of demand met by
/// contained quantity and by value and the supplier-country concentration against the market's baseline imports; per list of
/// the catalog the mean share met and counts; supplier HHI per buyer.
/// </summary>
internal static class KpiCalculator
{
    public static MatchKpis Compute(MatchingContext context, IReadOnlyList<ContractProposal> proposals, IReadOnlyList<RequirementOutcome> requirements)
    {
        var bids = context.Requirements.ToDictionary(r => r.Id, r => r.Bid, StringComparer.Ordinal);
        var baselines = context.Market.BaselineImports.ToDictionary(b => b.Mineral, StringComparer.Ordinal);
        var lists = context.Catalog.Lists.OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        var proposalsByMineral = proposals.ToLookup(p => context.Product(p.Product).Mineral, StringComparer.Ordinal);

        var minerals = requirements
            .GroupBy(r => r.Mineral, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var demand = g.Sum(r => Contained(context, r.Product, r.Target));
                var met = g.Sum(r => Contained(context, r.Product, r.Met));
                var demandValue = g.Sum(r => r.Target.Amount * bids[r.Requirement].ConvertTo(r.Target.Unit).Usd);
                var metValue = g.Sum(r => r.Met.Amount * bids[r.Requirement].ConvertTo(r.Met.Unit).Usd);
                var (after, before, baseline) = Mixes(context, proposalsByMineral[g.Key], baselines.GetValueOrDefault(g.Key));
                return new MineralKpis
                {
                    Mineral = g.Key,
                    Lists = [.. lists.Where(l => l.Members.Contains(g.Key, StringComparer.Ordinal)).Select(l => l.Id)],
                    QuantityAsTraded = g.Select(r => r.Product).Concat(proposalsByMineral[g.Key].Select(p => p.Product)).Any(p => ContentOf(context, p) is null),
                    DemandContainedKg = Decimal3(demand),
                    MetContainedKg = Decimal3(met),
                    DemandMetShare = Ratio(met, demand),
                    DemandValueUsd = decimal.Round(demandValue, 2),
                    MetValueUsd = decimal.Round(metValue, 2),
                    ValueMetShare = Ratio(metValue, demandValue),
                    Hhi = after.Hhi(),
                    TopCountry = after.Top()?.Country,
                    TopCountryShare = after.Top()?.Share,
                    BaselineYear = baseline?.Year,
                    BaselineHhi = before?.Hhi(),
                    BaselineTopCountry = before?.Top()?.Country,
                    BaselineTopCountryShare = before?.Top()?.Share,
                };
            })
            .ToList();

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
            AnnualValueScore = decimal.Round(proposals.Sum(p => p.ValuePerUnit * p.AnnualVolume.Amount), 2),
            AnnualTurnoverUsd = decimal.Round(proposals.Sum(p => p.Terms.Base.Usd * p.AnnualVolume.Amount), 2),
            AnnualLandedCostUsd = decimal.Round(proposals.Sum(p => p.LandedCost.Usd * p.AnnualVolume.Amount), 2),
            MeanDemandMetShare = Mean(minerals),
            MineralsDemanded = minerals.Count,
            MineralsFullyCovered = minerals.Count(Full),
            MineralsPartlyCovered = minerals.Count(Part),
            MineralsNotCovered = minerals.Count(None),
            Minerals = minerals,
            Lists = [.. lists.Select(l => (List: l, On: minerals.Where(m => m.Lists.Contains(l.Id, StringComparer.Ordinal)).ToList()))
                .Where(x => x.On.Count > 0)
                .Select(x => new ListKpis(x.List.Id, x.List.Name, x.On.Count, x.On.Count(Full), x.On.Count(Part), x.On.Count(None), Mean(x.On)))],
            SupplierConcentration = concentration,
        };
    }

    private static bool Full(MineralKpis m) => m.MetContainedKg >= m.DemandContainedKg;

    private static bool Part(MineralKpis m) => m.MetContainedKg > 0m && m.MetContainedKg < m.DemandContainedKg;

    private static bool None(MineralKpis m) => m.MetContainedKg <= 0m && m.DemandContainedKg > 0m;

    private static decimal Mean(List<MineralKpis> minerals) =>
        minerals.Count == 0 ? 0m : decimal.Round(minerals.Sum(m => m.DemandMetShare) / minerals.Count, 6);

    // After: the baseline's named countries and its unnamed rest, plus the proposals to buyers in the importing country; without
    // a baseline, every proposal. Before: the baseline alone.
    private static (CountryMix After, CountryMix? Before, BaselineImports? Baseline) Mixes(MatchingContext context, IEnumerable<ContractProposal> proposals, BaselineImports? baseline)
    {
        CountryMix? before = null;
        if (baseline is not null)
        {
            before = new CountryMix();
            var kg = baseline.Quantity.InKilograms;
            foreach (var share in baseline.Shares)
            {
                before.Add(share.Country, kg * share.Share);
            }

            before.AddUnnamed(kg * (1m - baseline.Shares.Sum(s => s.Share)));
        }

        var after = before?.Copy() ?? new CountryMix();
        foreach (var p in proposals)
        {
            if (baseline is null || string.Equals(context.Parties[p.Buyer].Country, baseline.Importer, StringComparison.Ordinal))
            {
                after.Add(context.Parties[p.Supplier].Country, Contained(context, p.Product, p.AnnualVolume));
            }
        }

        return (after, before, baseline);
    }

    // Kilograms of the mineral's element: a volume already on the element's basis (ferrochrome priced per lb of Cr) as it is,
    // else times the product's content; without a content, as traded.
    private static decimal Contained(MatchingContext context, string product, Quantity quantity) =>
        quantity.InKilograms * (ContentOf(context, product) ?? 1m);

    private static decimal? ContentOf(MatchingContext context, string id)
    {
        var product = context.Product(id);
        var symbol = context.Catalog.Find(product.Mineral)?.Symbol;
        return symbol is not null && string.Equals(product.PriceBasis, symbol, StringComparison.Ordinal) ? 1m : product.Content;
    }

    private static decimal Decimal3(decimal kg) => decimal.Round(kg, 3);

    private static decimal Ratio(decimal part, decimal whole) => whole == 0m ? 0m : decimal.Round(part / whole, 6);
}
