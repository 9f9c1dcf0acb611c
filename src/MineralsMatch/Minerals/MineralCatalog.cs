using MineralsMatch.Collections;
using MineralsMatch.Parties;
using MineralsMatch.Validation;

namespace MineralsMatch.Minerals;

/// <summary>The immutable, thread-safe <see cref="IMineralCatalog"/> built from one or more <see cref="CatalogContent"/>s.</summary>
/// <remarks>
/// Later contents add to earlier ones: new minerals, products of existing minerals, new lists or members of
/// existing lists, production records, parties and sources. Adding something that already exists, or referring
/// to something that does not, is a <see cref="MineralsMatchValidationException"/> listing every such error.
/// </remarks>
public sealed partial class MineralCatalog : IMineralCatalog
{
    private readonly Dictionary<string, Mineral> _minerals;
    private readonly Dictionary<string, Product> _products;
    private readonly Dictionary<string, CriticalityList> _lists;

    private MineralCatalog(
        IEnumerable<Mineral> minerals,
        IEnumerable<CriticalityList> lists,
        IEnumerable<ProductionRecord> production,
        IEnumerable<Party> parties,
        IEnumerable<Source> sources)
    {
        Minerals = ValueList<Mineral>.From(minerals.OrderBy(m => m.Id, StringComparer.Ordinal));
        Products = ValueList<Product>.From(Minerals.SelectMany(m => m.Products).OrderBy(p => p.Id, StringComparer.Ordinal));
        Lists = ValueList<CriticalityList>.From(lists.OrderBy(l => l.Id, StringComparer.Ordinal));
        Production = ValueList<ProductionRecord>.From(production
            .OrderBy(p => p.Mineral, StringComparer.Ordinal).ThenBy(p => p.Country, StringComparer.Ordinal));
        Parties = ValueList<Party>.From(parties.OrderBy(p => p.Id, StringComparer.Ordinal));
        Sources = ValueList<Source>.From(sources.OrderBy(s => s.Key, StringComparer.Ordinal));
        _minerals = Minerals.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _products = Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _lists = Lists.ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<Mineral> Minerals { get; }

    /// <inheritdoc />
    public IReadOnlyList<Product> Products { get; }

    /// <inheritdoc />
    public IReadOnlyList<CriticalityList> Lists { get; }

    /// <inheritdoc />
    public IReadOnlyList<ProductionRecord> Production { get; }

    /// <inheritdoc />
    public IReadOnlyList<Party> Parties { get; }

    /// <inheritdoc />
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Builds a catalog from contents applied in order.</summary>
    /// <param name="contents">The base content first, then additions.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="MineralsMatchValidationException">Something is added twice or refers to something unknown.</exception>
    public static MineralCatalog Create(params IEnumerable<CatalogContent> contents) => Create(contents, [], []);

    /// <summary>Builds a catalog from contents, then products added to minerals and minerals added to lists.</summary>
    internal static MineralCatalog Create(
        IEnumerable<CatalogContent> contents,
        IReadOnlyList<(string Mineral, Product Product)> products,
        IReadOnlyList<(string List, string Mineral)> memberships)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var merge = new CatalogMerge();
        var index = 0;
        foreach (var content in contents)
        {
            merge.Add(content, index++);
        }

        for (var i = 0; i < products.Count; i++)
        {
            merge.AddProduct(products[i].Mineral, products[i].Product, $"$products[{i}]");
        }

        for (var i = 0; i < memberships.Count; i++)
        {
            merge.AddMembership(memberships[i].List, memberships[i].Mineral, $"$memberships[{i}]");
        }

        merge.CheckReferences();
        if (merge.Errors.Count > 0)
        {
            throw new MineralsMatchValidationException(merge.Errors);
        }

        return new MineralCatalog(merge.Minerals.Values, merge.Lists.Values, merge.Production, merge.Parties.Values, merge.Sources.Values);
    }

    /// <summary>A catalog that also holds <paramref name="additions"/>, or this catalog when there are none.</summary>
    /// <param name="additions">The additions (for example a market's own minerals and products).</param>
    /// <returns>The extended catalog.</returns>
    /// <exception cref="MineralsMatchValidationException">An addition clashes with the catalog.</exception>
    public MineralCatalog With(CatalogContent additions)
    {
        ArgumentNullException.ThrowIfNull(additions);
        return additions.IsEmpty ? this : Create(ToContent(), additions);
    }

    /// <summary>The catalog's whole content, e.g. to save it as a JSON catalog file.</summary>
    /// <returns>The content.</returns>
    public CatalogContent ToContent() => new()
    {
        Sources = Sources,
        Minerals = Minerals,
        Lists = Lists,
        Production = Production,
        Parties = Parties,
    };

    /// <inheritdoc />
    public Mineral? Find(string id) => id is not null && _minerals.TryGetValue(id, out var mineral) ? mineral : null;

    /// <inheritdoc />
    public Product? FindProduct(string id) => id is not null && _products.TryGetValue(id, out var product) ? product : null;

    /// <inheritdoc />
    public IReadOnlyList<Mineral> List(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_lists.TryGetValue(name, out var list))
        {
            throw new KeyNotFoundException($"No criticality list '{name}'. Lists: {string.Join(", ", _lists.Keys.Order(StringComparer.Ordinal))}.");
        }

        return ValueList<Mineral>.From(list.Members.Select(id => _minerals[id]).OrderBy(m => m.Id, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public IReadOnlyList<Mineral> ProducedIn(string countryCode)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        return ValueList<Mineral>.From(Production
            .Where(p => string.Equals(p.Country, countryCode, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Mineral)
            .Distinct(StringComparer.Ordinal)
            .Select(id => _minerals[id])
            .OrderBy(m => m.Id, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public IReadOnlyList<ProductionRecord> ProductionOf(string mineralId) =>
        ValueList<ProductionRecord>.From(Production.Where(p => string.Equals(p.Mineral, mineralId, StringComparison.Ordinal)));
}
