using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MineralsMatch.Scenarios.Documents;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>The JSON Schemas shipped in docs/ describe exactly the keys the loader accepts.</summary>
public sealed class SchemaTests
{
    public static IEnumerable<TestCaseData> Objects() =>
    [
        Pair("scenario.schema.json", null, typeof(ScenarioDocument)),
        Pair("scenario.schema.json", "catalogAdditions", typeof(CatalogAdditionsDocument)),
        Pair("scenario.schema.json", "options", typeof(OptionsDocument)),
        Pair("scenario.schema.json", "party", typeof(PartyDocument)),
        Pair("scenario.schema.json", "hub", typeof(HubDocument)),
        Pair("scenario.schema.json", "route", typeof(RouteDocument)),
        Pair("scenario.schema.json", "leg", typeof(LegDocument)),
        Pair("scenario.schema.json", "offer", typeof(OfferDocument)),
        Pair("scenario.schema.json", "requirement", typeof(RequirementDocument)),
        Pair("scenario.schema.json", "referenceDeal", typeof(ReferenceDealDocument)),
        Pair("scenario.schema.json", "baselineImports", typeof(BaselineImportsDocument)),
        Pair("scenario.schema.json", "countryShare", typeof(CountryShareDocument)),
        Pair("scenario.schema.json", "quantity", typeof(QuantityDocument)),
        Pair("scenario.schema.json", "price", typeof(PriceDocument)),
        Pair("scenario.schema.json", "window", typeof(WindowDocument)),
        Pair("scenario.schema.json", "profile", typeof(ProfileDocument)),
        Pair("scenario.schema.json", "yearAmount", typeof(YearAmountDocument)),
        Pair("scenario.schema.json", "tenor", typeof(TenorDocument)),
        Pair("scenario.schema.json", "grade", typeof(GradeDocument)),
        Pair("scenario.schema.json", "stressTest", typeof(StressDocument)),
        Pair("scenario.schema.json", "shock", typeof(ShockDocument)),
        Pair("scenario.schema.json", "legReference", typeof(LegReferenceDocument)),
        Pair("catalog.schema.json", null, typeof(CatalogDocument)),
        Pair("catalog.schema.json", "source", typeof(SourceDocument)),
        Pair("catalog.schema.json", "citation", typeof(CitationDocument)),
        Pair("catalog.schema.json", "hsCode", typeof(HsCodeDocument)),
        Pair("catalog.schema.json", "mineral", typeof(MineralDocument)),
        Pair("catalog.schema.json", "product", typeof(ProductDocument)),
        Pair("catalog.schema.json", "list", typeof(ListDocument)),
        Pair("catalog.schema.json", "production", typeof(ProductionDocument)),
        Pair("catalog.schema.json", "party", typeof(PartyDocument)),
    ];

    [TestCaseSource(nameof(Objects))]
    public void Schema_object_lists_the_same_keys_as_the_loader(string schemaFile, string? definition, Type document)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(DocsPath(schemaFile)));
        var node = definition is null ? schema.RootElement : schema.RootElement.GetProperty("$defs").GetProperty(definition);
        var info = DocumentJsonContext.Default.GetTypeInfo(document)!;

        var keys = node.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var required = node.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()) : [];
        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.EquivalentTo(info.Properties.Select(p => p.Name)));
            Assert.That(required, Is.EquivalentTo(info.Properties.Where(p => p.IsRequired).Select(p => p.Name)));
            Assert.That(node.GetProperty("additionalProperties").GetBoolean(), Is.False);
        });
    }

    [TestCase("scenario.schema.json")]
    [TestCase("catalog.schema.json")]
    public void Schema_is_draft_2020_12(string schemaFile)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(DocsPath(schemaFile)));
        Assert.That(schema.RootElement.GetProperty("$schema").GetString(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
    }

    [Test]
    public void Example_in_the_user_guide_loads()
    {
        var guide = File.ReadAllText(DocsPath("scenario-format.md"));
        var start = guide.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var example = guide[start..guide.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.That(MineralsMatch.Scenarios.ScenarioFile.Parse(example, "guide.json", TestFiles.Catalog).Market.Name, Is.EqualTo("japan-kazakhstan"));
    }

    [Test]
    public void Loader_limits_nesting_depth() =>
        Assert.That(DocumentJsonContext.Default.Options.MaxDepth, Is.EqualTo(32));

    private static TestCaseData Pair(string schemaFile, string? definition, Type document) =>
        new TestCaseData(schemaFile, definition, document).SetArgDisplayNames(schemaFile, definition ?? "(root)");

    private static string DocsPath(string file)
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"docs/{file} not found above the test directory.");
    }
}
