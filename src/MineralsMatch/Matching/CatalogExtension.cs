using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>Extends the engine's catalog with a market's own catalog additions.</summary>
internal static class CatalogExtension
{
    public static IMineralCatalog Extend(IMineralCatalog catalog, CatalogContent additions)
    {
        if (additions.IsEmpty)
        {
            return catalog;
        }

        return catalog is MineralCatalog known
            ? known.With(additions)
            : MineralCatalog.Create(
                new CatalogContent
                {
                    Sources = catalog.Sources,
                    Minerals = catalog.Minerals,
                    Lists = catalog.Lists,
                    Production = catalog.Production,
                    Parties = catalog.Parties,
                },
                additions);
    }
}
