using System.Text;
using MineralsMatch.Minerals;
using MineralsMatch.Tests.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Minerals;

public sealed class MineralCatalogDefaultTests
{
    [Test]
    public void Missing_resource_is_a_clear_invalid_operation()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => MineralCatalog.FromResource(null, "MineralsMatch.Resources.catalog.json"));
        Assert.That(exception!.Message, Does.Contain("'MineralsMatch.Resources.catalog.json' is missing"));
    }

    [Test]
    public void Invalid_resource_names_its_errors()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "schemaVersion": 1, "minerals": [ { "id": "Ga" } ] }"""));
        var exception = Assert.Throws<InvalidOperationException>(() => MineralCatalog.FromResource(stream, "test"));
        Assert.Multiple(() =>
        {
            Assert.That(exception!.Message, Does.Contain("catalog.json:1:37 $.minerals[0]: missing required keys 'name', 'symbol', 'group'"));
            Assert.That(exception.InnerException, Is.TypeOf<MineralsMatchValidationException>());
        });
    }

    [Test]
    public void Valid_resource_becomes_a_catalog()
    {
        using var stream = File.OpenRead(TestFiles.PathOf("catalog.json"));
        var catalog = MineralCatalog.FromResource(stream, "test");
        Assert.Multiple(() =>
        {
            Assert.That(catalog.List("japan-32").Select(m => m.Id), Is.EqualTo(new[] { "gallium", "manganese" }));
            Assert.That(catalog.FindProduct("mnso4-battery")?.Mineral, Is.EqualTo("manganese"));
        });
    }

    [Test]
    public void Default_is_one_instance_or_a_clear_error_when_the_resource_is_absent()
    {
        var embedded = typeof(MineralCatalog).Assembly.GetManifestResourceNames().Contains("MineralsMatch.Resources.catalog.json");
        if (embedded)
        {
            var instances = Enumerable.Range(0, 8).AsParallel().Select(_ => MineralCatalog.Default).Distinct().ToList();
            Assert.That(instances, Has.Count.EqualTo(1));
        }
        else
        {
            Assert.That(() => MineralCatalog.Default, Throws.InvalidOperationException.With.Message.Contains("is missing"));
        }
    }
}
