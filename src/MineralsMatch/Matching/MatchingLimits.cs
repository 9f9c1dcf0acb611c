using System.Globalization;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Validation;

namespace MineralsMatch.Matching;

/// <summary>
/// Checks that a valid market and valid options together fit the allocation's exact 64-bit integer arithmetic, and that
/// the market's candidate pairs fit one run, so that whatever validation accepts, the engine solves.
/// </summary>
/// <remarks>
/// The allocation counts volumes in steps of <see cref="MatchingOptions.VolumeResolution"/> and values in units of
/// <see cref="MatchingOptions.ValueResolution"/> per step. The network simplex needs the sum of all arc capacities
/// and supplies to fit in a <see cref="long"/>, and every unit cost to stay below
/// <c>(long.MaxValue − 4) / (4 · (nodes + 2))</c>. Both are bounded here from the market alone (before candidates
/// exist); a market that does not fit is rejected at the resolution to coarsen,
/// with the finest resolution that would fit.
/// </remarks>
internal static class MatchingLimits
{
    private const double MaxPriority = 10;

    public static List<InputError> Check(Market market, MatchingOptions options, IMineralCatalog catalog, string? prefix)
    {
        var errors = new List<InputError>();
        var extended = CatalogExtension.Extend(catalog, market.Catalog);
        var volumeResolution = (double)options.VolumeResolution;
        var products = new Dictionary<string, ProductLoad>(StringComparer.Ordinal);
        ProductLoad Load(string id) =>
            products.TryGetValue(id, out var load) ? load : products[id] = new ProductLoad(extended.FindProduct(id)?.PricingUnit ?? QuantityUnit.Kilogram);

        foreach (var offer in market.Offers)
        {
            var load = Load(offer.Product);
            load.Supply += Units(offer.AnnualVolume, load.Unit) / volumeResolution;
            load.Offers++;
        }

        double maxValuePerUnit = 0, cappedLinks = 0;
        foreach (var requirement in market.Requirements)
        {
            var load = Load(requirement.Product);
            load.Demand += Units(requirement.AnnualVolume, load.Unit) / volumeResolution;
            load.Requirements++;
            var bid = (double)requirement.Bid.ConvertTo(load.Unit).Usd;
            maxValuePerUnit = Math.Max(maxValuePerUnit, bid * (1 + (requirement.Priority * (double)options.PriorityPremiumPerLevel)));
        }

        // One run keeps a scored pair for every offer and requirement of the same product in one array: beyond an array's
        // length the market cannot be matched in one run, whatever the resolutions.
        var pairs = products.Values.Sum(p => (double)p.Offers * p.Requirements);
        if (pairs > Array.MaxLength)
        {
            errors.Add(new InputError
            {
                Path = JsonPaths.FromPropertyChain("Offers"),
                Rule = RuleCodes.Limit,
                Message = string.Create(
                    CultureInfo.InvariantCulture,
                    $"are too many for one run: {market.Offers.Count:N0} offers and {market.Requirements.Count:N0} requirements make {pairs:N0} candidate pairs of the same products, more than one run can hold ({Array.MaxLength:N0}); split the market by product or region"),
                AttemptedValue = market.Offers.Count.ToString(CultureInfo.InvariantCulture),
            });
            return errors;
        }

        foreach (var requirement in market.Requirements.Where(r => r.MaxShareFromSupplier is not null || r.MaxShareFromCountry is not null))
        {
            var load = Load(requirement.Product);
            load.CappedDemand += Units(requirement.AnnualVolume, load.Unit) / volumeResolution;
            load.CappedRequirements++;
            cappedLinks += 2 * load.Offers;
        }

        // Capacities: links (each at most its offer and its requirement); cap arcs, in two layers, at most the links
        // of capped requirements they gather; offer → sink arcs and the slack → sink arc (the supply each); slack arcs
        // (the demand); plus the positive supplies (offers and the slack node).
        var capacity = products.Values.Sum(p =>
            Math.Min(p.Supply * p.Requirements, p.Demand * p.Offers) + (2 * Math.Min(p.Supply * p.CappedRequirements, p.CappedDemand * p.Offers)) + (3 * p.Supply) + (2 * p.Demand));
        var capacityLimit = long.MaxValue * (1 - 1e-9);
        if (capacity > capacityLimit)
        {
            errors.Add(Error(prefix, "VolumeResolution", options.VolumeResolution, string.Create(
                CultureInfo.InvariantCulture,
                $"is too fine for this market: its volumes come to about {capacity:G3} allocation steps, more than exact 64-bit arithmetic allows (about {capacityLimit:G3}); use {Coarser(options.VolumeResolution, capacity / capacityLimit)} or coarser")));
            return errors;
        }

        var nodes = 2 + market.Offers.Count + market.Requirements.Count + cappedLinks;
        var valuePerStep = (maxValuePerUnit * volumeResolution / (double)options.ValueResolution) + 1;
        var cost = options.Objective == MatchObjective.CoverageFirst ? (MaxPriority * ((2 * nodes * valuePerStep) + 1)) + valuePerStep : valuePerStep;
        var costLimit = (long.MaxValue - 4) / (4 * (nodes + 2));
        if (cost > costLimit)
        {
            errors.Add(Error(prefix, "ValueResolution", options.ValueResolution, string.Create(
                CultureInfo.InvariantCulture,
                $"is too fine for this market: values per allocation step reach about {cost:G3} units, more than exact 64-bit arithmetic allows with up to {nodes:G3} network nodes (about {costLimit:G3}); use {Coarser(options.ValueResolution, cost / costLimit)} or coarser (or a coarser volumeResolution)")));
        }

        return errors;
    }

    private static double Units(Quantity quantity, QuantityUnit unit) =>
        (double)quantity.Amount * (double)quantity.Unit.KilogramsPerUnit() / (double)unit.KilogramsPerUnit();

    // The smallest power of ten at least resolution × factor, capped at 1.
    private static string Coarser(decimal resolution, double factor)
    {
        var exponent = Math.Ceiling(Math.Log10((double)resolution * factor));
        return exponent >= 0 ? "1" : ((decimal)Math.Pow(10, exponent)).ToString(CultureInfo.InvariantCulture);
    }

    private static InputError Error(string? prefix, string property, decimal value, string message) => new()
    {
        Path = JsonPaths.FromPropertyChain(prefix is null ? property : prefix + "." + property),
        Rule = RuleCodes.Limit,
        Message = message,
        AttemptedValue = value.ToString(CultureInfo.InvariantCulture),
    };

    private sealed class ProductLoad(QuantityUnit unit)
    {
        public QuantityUnit Unit { get; } = unit;

        public double Supply { get; set; }

        public double Demand { get; set; }

        public int Offers { get; set; }

        public int Requirements { get; set; }

        public double CappedDemand { get; set; }

        public int CappedRequirements { get; set; }
    }
}
