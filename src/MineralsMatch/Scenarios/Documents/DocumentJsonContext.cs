using System.Text.Json;
using System.Text.Json.Serialization;

namespace MineralsMatch.Scenarios.Documents;

/// <summary>
/// The source-generated, strict serializer for scenario and catalog files: camelCase, case-sensitive, no unknown or
/// duplicate keys, required keys enforced, nulls only where the document allows them, numbers only as JSON numbers.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = DocumentJsonContext.MaxDepth,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ScenarioDocument))]
[JsonSerializable(typeof(CatalogDocument))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 32;
}
