namespace MineralsMatch.Examples.Scenarios;

/// <summary>A small stand-alone catalog file adding metallurgical silicon, as a user would keep next to their scenarios.</summary>
/// <remarks>Illustrative data for the example; the figures are not sourced.</remarks>
public static class SiliconCatalogFile
{
    /// <summary>The mineral the file adds.</summary>
    public const string Mineral = "silicon";

    /// <summary>The product the file adds.</summary>
    public const string Product = "silicon-metal-553";

    /// <summary>The file's text: one source, one mineral with one product, one Kazakh production record.</summary>
    public const string Json = """
        {
          "schemaVersion": 1,
          "sources": [
            { "key": "EXAMPLE-SI", "title": "MineralsMatch examples: illustrative silicon data", "publisher": "MineralsMatch", "date": "2026" }
          ],
          "minerals": [
            {
              "id": "silicon",
              "name": "Silicon",
              "symbol": "Si",
              "group": "semiconductor",
              "note": "Added by the new-mineral example from a catalog file.",
              "citations": [ { "source": "EXAMPLE-SI", "supports": "mineral entry", "inferred": true } ],
              "products": [
                {
                  "id": "silicon-metal-553",
                  "name": "Silicon metal 553 (min 98.7 % Si)",
                  "form": "metal",
                  "pricingUnit": "t",
                  "priceBasis": "gross",
                  "content": 0.987
                }
              ]
            }
          ],
          "production": [
            { "mineral": "silicon", "country": "KZ", "status": "current", "producers": [], "sites": ["Karaganda region"] }
          ]
        }
        """;

    /// <summary>Writes the file into <paramref name="directory"/>.</summary>
    /// <param name="directory">An existing directory.</param>
    /// <returns>The file's path.</returns>
    public static string WriteTo(string directory)
    {
        var path = Path.Combine(directory, "silicon-catalog.json");
        File.WriteAllText(path, Json);
        return path;
    }
}
