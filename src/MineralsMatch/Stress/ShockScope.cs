using MineralsMatch.Markets;
using MineralsMatch.Matching;

namespace MineralsMatch.Stress;

/// <summary>What a shock's selectors pick in one market: offers and requirements by id, party, country and product.</summary>
/// <remarks>An empty selector list picks everything; several lists must all pick an item.</remarks>
internal sealed class ShockScope
{
    private readonly Market _market;
    private readonly IMineralCatalog _catalog;
    private readonly Dictionary<string, string> _hubCountries;

    public ShockScope(Market market, IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(catalog);
        _market = market;
        _catalog = CatalogExtension.Extend(catalog, market.Catalog);
        _hubCountries = market.Hubs.GroupBy(h => h.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Country, StringComparer.Ordinal);
    }

    public Market Market => _market;

    /// <summary>Whether a product is one of <paramref name="products"/>: listed by product id or by its mineral's id.</summary>
    public bool Product(IReadOnlyList<string> products, string product) =>
        products.Count == 0
        || products.Contains(product, StringComparer.Ordinal)
        || (_catalog.FindProduct(product) is { } found && products.Contains(found.Mineral, StringComparer.Ordinal));

    /// <summary>The country of a hub, or an empty string when the hub is unknown.</summary>
    public string HubCountry(string hub) => _hubCountries.GetValueOrDefault(hub, string.Empty);

    public static bool Any(IReadOnlyList<string> list, string value) => list.Count == 0 || list.Contains(value, StringComparer.Ordinal);
}
