using MineralsMatch.Minerals;

namespace MineralsMatch.DependencyInjection;

/// <summary>
/// What one <c>AddMineralsMatch</c> call adds to the catalog, kept unread and unparsed until the catalog is first resolved.
/// </summary>
internal sealed class CatalogAdditions
{
    public CatalogAdditions(
        IReadOnlyList<Func<CatalogContent>> catalogs,
        IReadOnlyList<Mineral> minerals,
        IReadOnlyList<(string Mineral, Product Product)> products,
        IReadOnlyList<CriticalityList> lists,
        IReadOnlyList<(string List, string Mineral)> memberships)
    {
        Catalogs = catalogs;
        Minerals = minerals;
        Products = products;
        Lists = lists;
        Memberships = memberships;
    }

    public IReadOnlyList<Func<CatalogContent>> Catalogs { get; }

    public IReadOnlyList<Mineral> Minerals { get; }

    public IReadOnlyList<(string Mineral, Product Product)> Products { get; }

    public IReadOnlyList<CriticalityList> Lists { get; }

    public IReadOnlyList<(string List, string Mineral)> Memberships { get; }

    public bool IsEmpty => Catalogs.Count == 0 && Minerals.Count == 0 && Products.Count == 0 && Lists.Count == 0 && Memberships.Count == 0;

    /// <summary>
    /// The embedded catalog plus every call's additions in registration order, validated together; the embedded
    /// catalog itself (loaded once per process) when nothing is added.
    /// </summary>
    /// <exception cref="MineralsMatchValidationException">An addition clashes or refers to something unknown; every error is listed.</exception>
    public static MineralCatalog Build(IEnumerable<CatalogAdditions> registrations)
    {
        var all = registrations.Where(r => !r.IsEmpty).ToList();
        if (all.Count == 0)
        {
            return MineralCatalog.Default;
        }

        var additions = new CatalogContent
        {
            Minerals = [.. all.SelectMany(r => r.Minerals)],
            Lists = [.. all.SelectMany(r => r.Lists)],
        };
        var contents = all.SelectMany(r => r.Catalogs).Select(load => load()).ToList();
        return MineralCatalog.Create(
            [MineralCatalog.Default.ToContent(), .. contents, additions],
            [.. all.SelectMany(r => r.Products)],
            [.. all.SelectMany(r => r.Memberships)]);
    }
}
