using MineralsMatch.Minerals;

namespace MineralsMatch.Reporting.Html;

/// <summary>
/// One mineral's yearly totals over all its offers and requirements whose products are quoted in one unit: capacity, sold,
/// demand and met.
/// </summary>
/// <param name="Mineral">The mineral id (e.g. <c>gallium</c>).</param>
/// <param name="Products">The product ids summed (forms of the mineral quoted in <paramref name="Unit"/>, e.g. <c>gallium-4n</c>), ordinal order.</param>
/// <param name="Unit">The unit of every amount.</param>
/// <param name="Years">The rows, ascending by year.</param>
/// <remarks>
/// Forms of a mineral quoted in the same unit are added as traded (e.g. 4N and 6N gallium, both kg of metal); a mineral whose
/// products are quoted in different units (e.g. lb of U3O8 and kg of metal) gets one series per unit, since those amounts do not add.
/// </remarks>
internal sealed record SupplyDemandSeries(string Mineral, IReadOnlyList<string> Products, QuantityUnit Unit, IReadOnlyList<SupplyDemandYear> Years)
{
    /// <summary>One series per mineral and unit with any capacity or demand, ordered by mineral id (ordinal), then unit.</summary>
    public static IReadOnlyList<SupplyDemandSeries> From(MatchResult result)
    {
        var groups = result.Offers.Select(o => (o.Mineral, o.Product, o.Capacity.Unit)).Concat(result.Requirements.Select(r => (r.Mineral, r.Product, Unit: r.Target.Unit)))
            .Distinct()
            .GroupBy(x => (x.Mineral, x.Unit))
            .OrderBy(g => g.Key.Mineral, StringComparer.Ordinal).ThenBy(g => g.Key.Unit);
        var series = new List<SupplyDemandSeries>();
        foreach (var group in groups)
        {
            var products = group.Select(x => x.Product).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var inGroup = products.ToHashSet(StringComparer.Ordinal);
            var offers = result.Offers.Where(o => o.Mineral == group.Key.Mineral && inGroup.Contains(o.Product) && o.Capacity.Unit == group.Key.Unit).SelectMany(o => o.Years).ToList();
            var requirements = result.Requirements.Where(r => r.Mineral == group.Key.Mineral && inGroup.Contains(r.Product) && r.Target.Unit == group.Key.Unit).SelectMany(r => r.Years).ToList();
            if (offers.Count + requirements.Count == 0)
            {
                continue;
            }

            var unit = group.Key.Unit;
            var years = offers.Select(o => o.Year).Concat(requirements.Select(r => r.Year)).Distinct().Order()
                .Select(year => new SupplyDemandYear(
                    year,
                    Sum(offers.Where(o => o.Year == year).Select(o => o.Capacity), unit),
                    Sum(offers.Where(o => o.Year == year).Select(o => o.Used), unit),
                    Sum(requirements.Where(r => r.Year == year).Select(r => r.Demand), unit),
                    Sum(requirements.Where(r => r.Year == year).Select(r => r.Met), unit)))
                .ToList();
            if (years.Any(y => y.Capacity > 0 || y.Demand > 0))
            {
                series.Add(new SupplyDemandSeries(group.Key.Mineral, products, unit, years));
            }
        }

        return series;
    }

    private static decimal Sum(IEnumerable<Quantity> quantities, QuantityUnit unit) => quantities.Sum(q => q.ConvertTo(unit).Amount);
}
