using System.Text.RegularExpressions;

namespace MineralsMatch.Cli.Catalog;

/// <summary>Applies the <c>catalog</c> filters: list membership and production country, intersected when both are given.</summary>
internal static partial class CatalogQuery
{
    /// <summary>Selects minerals, or explains which filter value is wrong.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="list">A criticality list id, or <see langword="null"/> for every mineral.</param>
    /// <param name="producedIn">An ISO 3166 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="error">Why the filters cannot be applied, when the method returns <see langword="null"/>.</param>
    /// <returns>The selection, or <see langword="null"/> with <paramref name="error"/> set.</returns>
    public static CatalogSelection? Select(IMineralCatalog catalog, string? list, string? producedIn, out string? error)
    {
        error = null;
        var minerals = catalog.Minerals.AsEnumerable();
        if (list is not null)
        {
            if (!catalog.Lists.Any(l => string.Equals(l.Id, list, StringComparison.Ordinal)))
            {
                error = $"unknown list '{list}'. Available lists: {string.Join(", ", catalog.Lists.Select(l => l.Id))}.";
                return null;
            }

            minerals = catalog.List(list);
        }

        string? country = null;
        if (producedIn is not null)
        {
            if (!CountryCode().IsMatch(producedIn))
            {
                error = $"--produced-in needs an ISO 3166 alpha-2 country code such as KZ (was '{producedIn}').";
                return null;
            }

            country = producedIn.ToUpperInvariant();
            var producing = catalog.ProducedIn(country).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            minerals = minerals.Where(m => producing.Contains(m.Id));
        }

        return new CatalogSelection
        {
            List = list,
            ProducedIn = country,
            Minerals = [.. minerals.OrderBy(m => m.Id, StringComparer.Ordinal)],
            Catalog = catalog,
        };
    }

    [GeneratedRegex("^[A-Za-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();
}
