using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Cli.Catalog;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Writes a catalog selection as JSON: deterministic, indented with two spaces, LF line ends, no decoration.</summary>
/// <remarks>The shape is documented in <c>docs/cli.md</c>; enumerations use the kebab-case spelling of the catalog file.</remarks>
internal static class CatalogJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Renders the selection.</summary>
    /// <param name="selection">The selection.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    public static string Render(CatalogSelection selection)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            WriteNullable(json, "list", selection.List);
            WriteNullable(json, "producedIn", selection.ProducedIn);
            json.WriteNumber("count", selection.Minerals.Count);
            json.WriteStartArray("minerals");
            foreach (var mineral in selection.Minerals)
            {
                WriteMineral(json, mineral, selection.Catalog);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteMineral(Utf8JsonWriter json, Mineral mineral, IMineralCatalog catalog)
    {
        var production = catalog.ProductionOf(mineral.Id);
        json.WriteStartObject();
        json.WriteString("id", mineral.Id);
        json.WriteString("name", mineral.Name);
        json.WriteString("symbol", mineral.Symbol);
        json.WriteString("group", FileNames.Of(mineral.Group));
        WriteStrings(json, "hsCodes", mineral.HsCodes.Select(h => h.Code));
        WriteNullable(json, "cas", mineral.Cas);
        WriteStrings(json, "lists", catalog.Lists.Where(l => l.Members.Contains(mineral.Id, StringComparer.Ordinal)).Select(l => l.Id));
        json.WriteStartArray("production");
        foreach (var record in production)
        {
            json.WriteStartObject();
            json.WriteString("country", record.Country);
            json.WriteString("status", FileNames.Of(record.Status));
            WriteStrings(json, "producers", record.Producers);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("products");
        foreach (var product in mineral.Products.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", product.Id);
            json.WriteString("name", product.Name);
            json.WriteString("form", FileNames.Of(product.Form));
            json.WriteString("pricingUnit", product.PricingUnit.Symbol());
            json.WriteString("priceBasis", product.PriceBasis);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "sources", SourceKeys(mineral, production));
        json.WriteEndObject();
    }

    /// <summary>The sources cited by the mineral, its products and its production records, each once, in ordinal order.</summary>
    private static IEnumerable<string> SourceKeys(Mineral mineral, IReadOnlyList<ProductionRecord> production) =>
        mineral.Citations
            .Concat(mineral.Products.SelectMany(p => p.Citations))
            .Concat(production.SelectMany(p => p.Citations))
            .Select(c => c.Source)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
