using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;
using MineralsMatch.Tests.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Minerals;

public sealed class CatalogFileTests
{
    public static IEnumerable<TestCaseData> Cases() =>
    [
        Case("mineral twice", "\"id\": \"manganese\",", "\"id\": \"gallium\",",
            "catalog.json:21:13 $.minerals[1].id: mineral already exists (at $.minerals[0]) (was gallium)"),
        Case("production of an unknown mineral", "{ \"mineral\": \"manganese\", \"country\": \"KZ\"", "{ \"mineral\": \"unobtainium\", \"country\": \"KZ\"",
            "catalog.json:36:18 $.production[1].mineral: refers to an unknown mineral (was unobtainium)"),
        Case("list member unknown", "\"members\": [ \"gallium\", \"manganese\" ]", "\"members\": [ \"gallium\", \"mangan\" ]",
            "catalog.json:32:119 $.lists[0].members[1]: refers to an unknown mineral (was mangan)"),
        Case("citation of an unknown source", "\"source\": \"METI-2023\", \"supports\": \"list\"", "\"source\": \"METI-2024\", \"supports\": \"list\"",
            "catalog.json:32:161 $.lists[0].citations[0].source: cites an unknown source (was METI-2024)"),
        Case("product twice", "\"id\": \"mn-ore-44\"", "\"id\": \"mnso4-battery\"",
            "catalog.json:27:17 $.minerals[1].products[1].id: product already exists (at $.minerals[1].products[0]) (was mnso4-battery)"),
        Case("product key 'mineral' is not part of the file", "\"form\": \"ore\",", "\"form\": \"ore\", \"mineral\": \"manganese\",",
            "catalog.json:27:78 $.minerals[1].products[1].mineral: unknown key 'mineral' (allowed: id, name, form, pricingUnit, priceBasis, content, hsCode, cas, citations)"),
        Case("unknown pricing unit", "\"pricingUnit\": \"t\"", "\"pricingUnit\": \"tonne\"",
            "catalog.json:26:121 $.minerals[1].products[0].pricingUnit: unknown value 'tonne' (allowed: 'kg', 't', 'lb', 'mtu', 'ozt') (was tonne)"),
        Case("bad CAS number", "\"cas\": \"7440-55-3\"", "\"cas\": \"7440553\"",
            "catalog.json:14:14 $.minerals[0].cas: must be a CAS registry number such as '7440-55-3' (was 7440553)"),
        Case("confirmed missing", ", \"confirmed\": true", "",
            "catalog.json:13:20 $.minerals[0].hsCodes[0]: missing required key 'confirmed'"),
        Case("unknown status", "\"status\": \"current\" }", "\"status\": \"active\" }",
            "catalog.json:36:58 $.production[1].status: unknown value 'active' (allowed: 'current', 'planned', 'past') (was active)"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Broken_catalog_reports_every_error_with_its_location(string replace, string with, string[] expected)
    {
        var text = TestFiles.Text("catalog.json");
        Assert.That(text.Split(replace), Has.Length.EqualTo(2), "the text to replace must occur once");
        var exception = Assert.Throws<MineralsMatchValidationException>(() => CatalogFile.Parse(text.Replace(replace, with, StringComparison.Ordinal)));
        Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(expected));
    }

    [Test]
    public void Catalog_round_trips_through_its_file_format()
    {
        var content = CatalogFile.Load(TestFiles.PathOf("catalog.json"));
        var text = CatalogFile.Write(content);
        Assert.Multiple(() =>
        {
            Assert.That(CatalogFile.Parse(text), Is.EqualTo(content));
            Assert.That(CatalogFile.Write(CatalogFile.Parse(text)), Is.EqualTo(text));
            Assert.That(content.Minerals[1].Products[1].Mineral, Is.EqualTo("manganese"));
            Assert.That(content.Minerals[1].Products[1].PriceBasis, Is.EqualTo("Mn"));
            Assert.That(System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("minerals")[1].GetProperty("products")[1].TryGetProperty("mineral", out _), Is.False, "products carry no mineral key");
        });
    }

    [Test]
    public void Additions_file_may_refer_to_its_base_catalog_but_not_repeat_it()
    {
        const string additions = """
            { "schemaVersion": 1,
              "minerals": [ { "id": "gallium", "name": "Gallium", "symbol": "Ga", "group": "semiconductor", "note": "again" } ],
              "lists": [ { "id": "extra", "name": "Extra", "members": [ "manganese" ], "citations": [ { "source": "METI-2023", "supports": "x" } ] } ] }
            """;
        var exception = Assert.Throws<MineralsMatchValidationException>(() => CatalogFile.Parse(additions, "mine.json", TestFiles.Catalog));
        Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "mine.json:2:25 $.minerals[0].id: mineral already exists (was gallium)" }));
    }

    [Test]
    public void Catalog_saved_to_a_file_loads_back_equal()
    {
        var content = CatalogFile.Load(TestFiles.PathOf("catalog.json"));
        var path = Path.Combine(Path.GetTempPath(), $"mm-catalog-{Guid.NewGuid():N}.json");
        try
        {
            CatalogFile.Save(content, path);
            Assert.That(CatalogFile.Load(path), Is.EqualTo(content));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Missing_file_is_a_validation_error_naming_the_file()
    {
        var exception = Assert.Throws<MineralsMatchValidationException>(() => CatalogFile.Load(Path.Combine(Path.GetTempPath(), "no-such-catalog.json")));
        Assert.That(exception!.Errors.Single().ToString(), Does.StartWith("no-such-catalog.json $: cannot be read: "));
    }

    private static TestCaseData Case(string name, string replace, string with, params string[] expected) =>
        new TestCaseData(replace, with, expected).SetArgDisplayNames(name);
}
