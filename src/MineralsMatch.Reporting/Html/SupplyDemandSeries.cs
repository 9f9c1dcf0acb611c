using MineralsMatch.Minerals;

namespace MineralsMatch.Reporting.Html;

/// <summary>One product's yearly totals over all its offers and requirements, in one unit: capacity, sold, demand and met.</summary>
/// <param name="Product">The product id (one form of one mineral, e.g. <c>gallium-4n</c>).</param>
/// <param name="Unit">The unit of every amount.</param>
/// <param name="Years">The rows, ascending by year.</param>
internal sealed record SupplyDemandSeries(string Product, QuantityUnit Unit, IReadOnlyList<SupplyDemandYear> Years)
{
    /// <summary>One series per product with any capacity or demand, ordered by product id (ordinal).</summary>
    public static IReadOnlyList<SupplyDemandSeries> From(MatchResult result)
    {
        var products = result.Offers.Select(o => o.Product).Concat(result.Requirements.Select(r => r.Product))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var series = new List<SupplyDemandSeries>();
        foreach (var product in products)
        {
            var offers = result.Offers.Where(o => o.Product == product).SelectMany(o => o.Years).ToList();
            var requirements = result.Requirements.Where(r => r.Product == product).SelectMany(r => r.Years).ToList();
            if (offers.Count + requirements.Count == 0)
            {
                continue;
            }

            var unit = offers.Count > 0 ? offers[0].Capacity.Unit : requirements[0].Demand.Unit;
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
                series.Add(new SupplyDemandSeries(product, unit, years));
            }
        }

        return series;
    }

    private static decimal Sum(IEnumerable<Quantity> quantities, QuantityUnit unit) => quantities.Sum(q => q.ConvertTo(unit).Amount);
}
