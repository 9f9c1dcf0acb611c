using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MineralsMatch.Scenarios.Documents;

namespace MineralsMatch.Scenarios;

/// <summary>Serializes documents canonically: 2-space indent, LF line ends, invariant numbers, readable non-ASCII text, a final newline.</summary>
internal static class DocumentOutput
{
    private static readonly DocumentJsonContext Context = new(new JsonSerializerOptions(DocumentJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonTypeInfo<ScenarioDocument> Scenario => Context.ScenarioDocument;

    public static JsonTypeInfo<CatalogDocument> Catalog => Context.CatalogDocument;

    public static string Serialize<T>(T document, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(document, typeInfo) + "\n";

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Save(string text, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllText(path, text, Utf8);
    }

    public static Task SaveAsync(string text, string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return File.WriteAllTextAsync(path, text, Utf8, cancellationToken);
    }
}
