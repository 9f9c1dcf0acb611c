using MineralsMatch.Minerals;

namespace MineralsMatch.Validation;

/// <summary>Validates a <see cref="CatalogContent"/>, on its own or as additions to a base catalog.</summary>
public static class CatalogValidation
{
    /// <summary>Every error in the content: its items, duplicates, dangling references, and clashes with <paramref name="baseCatalog"/>.</summary>
    /// <param name="content">The content.</param>
    /// <param name="baseCatalog">The catalog the content adds to, or <see langword="null"/> when the content stands alone.</param>
    /// <returns>The errors; empty when the content is valid.</returns>
    public static IReadOnlyList<InputError> Validate(CatalogContent content, IMineralCatalog? baseCatalog = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = InputErrors.From(new CatalogContentValidator().Validate(content));
        if (errors.Count == 0)
        {
            errors.AddRange(MergeErrors(content, baseCatalog));
        }

        return InputErrors.Distinct(errors);
    }

    /// <summary>Throws when the content has any error.</summary>
    /// <param name="content">The content.</param>
    /// <param name="baseCatalog">The catalog the content adds to, or <see langword="null"/> when the content stands alone.</param>
    /// <exception cref="MineralsMatchValidationException">The content is invalid; every error is listed.</exception>
    public static void ThrowIfInvalid(CatalogContent content, IMineralCatalog? baseCatalog = null)
    {
        var errors = Validate(content, baseCatalog);
        if (errors.Count > 0)
        {
            throw new MineralsMatchValidationException(errors);
        }
    }

    /// <summary>The clashes and dangling references found by merging a structurally valid content, with paths rooted at <c>$</c>.</summary>
    internal static IReadOnlyList<InputError> MergeErrors(CatalogContent content, IMineralCatalog? baseCatalog)
    {
        const string AdditionsPrefix = "$additions[0]";
        try
        {
            if (baseCatalog is null)
            {
                MineralCatalog.Create(content);
            }
            else
            {
                MineralCatalog.Create(ContentOf(baseCatalog), content);
            }

            return [];
        }
        catch (MineralsMatchValidationException ex)
        {
            return baseCatalog is null
                ? ex.Errors
                : [.. ex.Errors
                    .Where(e => e.Path.StartsWith(AdditionsPrefix, StringComparison.Ordinal))
                    .Select(e => e with { Path = "$" + e.Path[AdditionsPrefix.Length..] })];
        }
    }

    private static CatalogContent ContentOf(IMineralCatalog catalog) => catalog is MineralCatalog own
        ? own.ToContent()
        : new CatalogContent
        {
            Sources = catalog.Sources,
            Minerals = catalog.Minerals,
            Lists = catalog.Lists,
            Production = catalog.Production,
            Parties = catalog.Parties,
        };
}
