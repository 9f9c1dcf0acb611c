using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch;

/// <summary>
/// The catalog of raw materials: minerals with their traded products, criticality lists, production by
/// country, reference parties and the sources of every fact.
/// </summary>
/// <remarks>
/// The default catalog is embedded in the package (Japan's 32 raw materials, the 22 of them produced in
/// Kazakhstan); <c>services.AddMineralsMatch(builder => ...)</c> adds to it. Every enumeration is ordered by id.
/// </remarks>
/// <example>
/// <code>
/// IMineralCatalog catalog = MineralCatalog.Default;
/// var japan = catalog.List("japan-32");                                    // 32 minerals
/// var fromKazakhstan = catalog.ProducedIn("KZ").Intersect(japan).Count(); // 22
/// Mineral? gallium = catalog.Find("gallium");
/// </code>
/// </example>
public interface IMineralCatalog
{
    /// <summary>All minerals, ordered by id.</summary>
    IReadOnlyList<Mineral> Minerals { get; }

    /// <summary>All products of all minerals, ordered by id.</summary>
    IReadOnlyList<Product> Products { get; }

    /// <summary>All criticality lists, ordered by id.</summary>
    IReadOnlyList<CriticalityList> Lists { get; }

    /// <summary>All production records, ordered by mineral then country.</summary>
    IReadOnlyList<ProductionRecord> Production { get; }

    /// <summary>The reference parties, ordered by id.</summary>
    IReadOnlyList<Party> Parties { get; }

    /// <summary>The sources cited, ordered by key.</summary>
    IReadOnlyList<Source> Sources { get; }

    /// <summary>Finds a mineral by id.</summary>
    /// <param name="id">The mineral id, e.g. <c>gallium</c>.</param>
    /// <returns>The mineral, or <see langword="null"/> when the catalog has none with that id.</returns>
    Mineral? Find(string id);

    /// <summary>Finds a product by id.</summary>
    /// <param name="id">The product id, e.g. <c>mnso4-battery</c>.</param>
    /// <returns>The product, or <see langword="null"/>.</returns>
    Product? FindProduct(string id);

    /// <summary>The minerals on a criticality list.</summary>
    /// <param name="name">The list id, e.g. <c>japan-32</c>.</param>
    /// <returns>The member minerals, ordered by id.</returns>
    /// <exception cref="KeyNotFoundException">No list has that id; the message names the lists there are.</exception>
    IReadOnlyList<Mineral> List(string name);

    /// <summary>The minerals with a production record (current, planned or past) for a country.</summary>
    /// <param name="countryCode">ISO 3166-1 alpha-2, e.g. <c>KZ</c> (case-insensitive).</param>
    /// <returns>The minerals, ordered by id; empty for a country with no records.</returns>
    IReadOnlyList<Mineral> ProducedIn(string countryCode);

    /// <summary>The production records of one mineral.</summary>
    /// <param name="mineralId">The mineral id.</param>
    /// <returns>The records, ordered by country.</returns>
    IReadOnlyList<ProductionRecord> ProductionOf(string mineralId);
}
