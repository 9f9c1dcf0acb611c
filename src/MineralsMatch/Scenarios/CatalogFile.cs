using MineralsMatch.Minerals;
using MineralsMatch.Scenarios.Documents;
using MineralsMatch.Validation;

namespace MineralsMatch.Scenarios;

/// <summary>Reads and writes catalog files: sources, minerals with their products, lists, production records and parties.</summary>
/// <remarks>
/// Loading is as strict as <see cref="ScenarioFile"/>. Products are written inside their mineral, without a
/// <c>mineral</c> key; loading sets <see cref="Product.Mineral"/> from the parent.
/// </remarks>
/// <example>
/// <code>
/// CatalogContent mine = CatalogFile.Load("my-minerals.json", MineralCatalog.Default); // additions to the default catalog
/// var catalog = MineralCatalog.Default.With(mine);
/// </code>
/// </example>
public static class CatalogFile
{
    /// <summary>Loads and validates a catalog file.</summary>
    /// <param name="path">The file path; its file name is used in error locations.</param>
    /// <param name="baseCatalog">The catalog the file adds to (its references may point there, and it must not repeat it); <see langword="null"/> when the file stands alone.</param>
    /// <returns>The content.</returns>
    /// <exception cref="MineralsMatchValidationException">The file cannot be read, is not valid JSON, or holds invalid data; every error is listed.</exception>
    public static CatalogContent Load(string path, IMineralCatalog? baseCatalog = null) =>
        Read(DocumentInput.FromFile(path), DocumentInput.DisplayName(path), baseCatalog);

    /// <summary>Reads and validates a catalog from a UTF-8 JSON stream (at most 16 MiB).</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="fileName">The name to use in error locations.</param>
    /// <param name="baseCatalog">The catalog the content adds to, or <see langword="null"/> when it stands alone.</param>
    /// <returns>The content.</returns>
    /// <exception cref="MineralsMatchValidationException">The input is invalid; every error is listed.</exception>
    public static CatalogContent Read(Stream utf8Json, string fileName, IMineralCatalog? baseCatalog = null) =>
        Read(DocumentInput.FromStream(utf8Json, fileName), fileName, baseCatalog);

    /// <summary>Loads and validates a catalog file without blocking a thread on the read.</summary>
    /// <param name="path">The file path; its file name is used in error locations.</param>
    /// <param name="baseCatalog">The catalog the file adds to, or <see langword="null"/> when the file stands alone.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The content.</returns>
    /// <exception cref="MineralsMatchValidationException">The file cannot be read, is not valid JSON, or holds invalid data; every error is listed, as by <see cref="Load"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<CatalogContent> LoadAsync(string path, IMineralCatalog? baseCatalog = null, CancellationToken cancellationToken = default)
    {
        var json = await DocumentInput.FromFileAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(json, DocumentInput.DisplayName(path), baseCatalog);
    }

    /// <summary>Reads and validates a catalog from a UTF-8 JSON stream (at most 16 MiB) without blocking a thread on the read.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="fileName">The name to use in error locations.</param>
    /// <param name="baseCatalog">The catalog the content adds to, or <see langword="null"/> when it stands alone.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The content.</returns>
    /// <exception cref="MineralsMatchValidationException">The input is invalid; every error is listed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<CatalogContent> ReadAsync(Stream utf8Json, string fileName, IMineralCatalog? baseCatalog = null, CancellationToken cancellationToken = default)
    {
        var json = await DocumentInput.FromStreamAsync(utf8Json, fileName, cancellationToken).ConfigureAwait(false);
        return Read(json, fileName, baseCatalog);
    }

    /// <summary>Parses and validates a catalog from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">The name to use in error locations.</param>
    /// <param name="baseCatalog">The catalog the content adds to, or <see langword="null"/> when it stands alone.</param>
    /// <returns>The content.</returns>
    /// <exception cref="MineralsMatchValidationException">The input is invalid; every error is listed.</exception>
    public static CatalogContent Parse(string json, string fileName = "catalog.json", IMineralCatalog? baseCatalog = null) =>
        Read(DocumentInput.FromString(json, fileName), fileName, baseCatalog);

    /// <summary>Writes a catalog content as canonical JSON text.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(CatalogContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return DocumentOutput.Serialize(DocumentWriter.Write(content), DocumentOutput.Catalog);
    }

    /// <summary>Saves a catalog content to a file as canonical UTF-8 JSON.</summary>
    /// <param name="content">The content.</param>
    /// <param name="path">The file path; an existing file is replaced.</param>
    public static void Save(CatalogContent content, string path) => DocumentOutput.Save(Write(content), path);

    /// <summary>Saves a catalog content to a file as canonical UTF-8 JSON without blocking a thread on the write.</summary>
    /// <param name="content">The content.</param>
    /// <param name="path">The file path; an existing file is replaced.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static Task SaveAsync(CatalogContent content, string path, CancellationToken cancellationToken = default) =>
        DocumentOutput.SaveAsync(Write(content), path, cancellationToken);

    private static CatalogContent Read(byte[] json, string fileName, IMineralCatalog? baseCatalog)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var document = DocumentLoading.Deserialize(json, DocumentJsonContext.Default.CatalogDocument, fileName);
        var reader = new DocumentReader();
        var content = reader.ReadCatalog(document);
        var errors = new List<InputError>(reader.Errors);
        errors.AddRange(CatalogValidation.Validate(content, baseCatalog));
        DocumentErrors.ThrowIfAny(errors, json, fileName);
        return content;
    }
}
