using System.Text.Json;

namespace MineralsMatch.Cli.Tests;

public class CatalogCommandTests
{
    [Test]
    public void Japan_32_list_as_json_has_32_minerals()
    {
        var run = Tool.Run("catalog", "--list", "japan-32", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("list").GetString(), Is.EqualTo("japan-32"));
            Assert.That(root.GetProperty("producedIn").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("count").GetInt32(), Is.EqualTo(32));
            Assert.That(root.GetProperty("minerals").GetArrayLength(), Is.EqualTo(32));
            Assert.That(run.Stderr, Is.Empty);
        });
    }

    [Test]
    public void Japan_32_list_produced_in_Kazakhstan_has_22_minerals_each_with_its_fields()
    {
        var run = Tool.Run("catalog", "--list", "japan-32", "--produced-in", "kz", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.That(root.GetProperty("count").GetInt32(), Is.EqualTo(22));
        Assert.That(root.GetProperty("producedIn").GetString(), Is.EqualTo("KZ"));
        var minerals = root.GetProperty("minerals").EnumerateArray().ToList();
        Assert.That(minerals, Has.Count.EqualTo(22));
        var gallium = minerals.Single(m => m.GetProperty("id").GetString() == "gallium");
        Assert.Multiple(() =>
        {
            foreach (var field in new[] { "id", "name", "symbol", "group", "hsCodes", "cas", "lists", "production", "products", "sources" })
            {
                Assert.That(gallium.TryGetProperty(field, out _), Is.True, field);
            }

            Assert.That(gallium.GetProperty("symbol").GetString(), Is.EqualTo("Ga"));
            Assert.That(gallium.GetProperty("lists").EnumerateArray().Select(l => l.GetString()), Does.Contain("japan-32"));
            Assert.That(gallium.GetProperty("production").EnumerateArray().Select(p => p.GetProperty("country").GetString()), Does.Contain("KZ"));
            Assert.That(gallium.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("id").GetString()), Does.Contain("gallium-4n"));
            var ids = minerals.Select(m => m.GetProperty("id").GetString()).ToList();
            Assert.That(ids, Is.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
        });
    }

    [Test]
    public void Table_shows_minerals_with_Kazakh_status_and_a_count()
    {
        var run = Tool.Run("catalog", "--list", "japan-32", "--produced-in", "KZ");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.Contain("gallium").And.Contain("KZ status").And.Contain("22 minerals on list japan-32 produced in KZ."));
    }

    [Test]
    public void Unknown_list_is_a_usage_error_naming_the_available_lists()
    {
        var run = Tool.Run("catalog", "--list", "japan-33");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
        Assert.That(run.Stderr, Does.Contain("unknown list 'japan-33'").And.Contain("japan-32").And.Contain("kazakhstan-22"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Country_that_is_not_a_two_letter_code_is_a_usage_error()
    {
        var run = Tool.Run("catalog", "--produced-in", "Kazakhstan");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
        Assert.That(run.Stderr, Does.Contain("ISO 3166 alpha-2"));
    }
}
