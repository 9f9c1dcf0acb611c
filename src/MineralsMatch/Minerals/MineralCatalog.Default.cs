namespace MineralsMatch.Minerals;

/// <summary>The embedded default catalog.</summary>
public sealed partial class MineralCatalog
{
    /// <summary>The manifest name of the embedded catalog file.</summary>
    internal const string DefaultResourceName = "MineralsMatch.Resources.catalog.json";

    /// <summary>
    /// Reads a catalog file (stream, file name) into its content. The file format lives above the domain (in
    /// <c>MineralsMatch.Scenarios</c>), so the domain does not call it: the format registers its reader here when the
    /// assembly loads (<c>Scenarios.CatalogFormatRegistration</c>), and the domain only holds the delegate.
    /// </summary>
    internal static Func<Stream, string, CatalogContent>? FileReader { get; set; }

    private static readonly Lazy<MineralCatalog> LazyDefault = new(
        () => FromResource(typeof(MineralCatalog).Assembly.GetManifestResourceStream(DefaultResourceName), DefaultResourceName),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The catalog embedded in the package (Japan's 32 raw materials, Kazakhstan's production), loaded and validated once.</summary>
    /// <remarks>Thread-safe. The first access reads the embedded <c>catalog.json</c>; later accesses return the same instance.</remarks>
    /// <exception cref="InvalidOperationException">The embedded catalog is missing or invalid (a damaged package).</exception>
    public static MineralCatalog Default => LazyDefault.Value;

    /// <summary>Builds a catalog from an embedded catalog file, turning a missing or invalid file into a clear <see cref="InvalidOperationException"/>.</summary>
    internal static MineralCatalog FromResource(Stream? stream, string resourceName)
    {
        if (stream is null)
        {
            throw new InvalidOperationException(
                $"The embedded catalog resource '{resourceName}' is missing from the MineralsMatch assembly; the package was built without Resources/catalog.json.");
        }

        using (stream)
        {
            try
            {
                var read = FileReader ?? throw new InvalidOperationException("No catalog file reader is registered; the MineralsMatch assembly's module initializer did not run.");
                return Create(read(stream, "catalog.json"));
            }
            catch (MineralsMatchValidationException ex)
            {
                throw new InvalidOperationException($"The embedded catalog resource '{resourceName}' is invalid. {ex.Message}", ex);
            }
        }
    }
}
