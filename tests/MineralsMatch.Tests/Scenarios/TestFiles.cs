using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>The shared test inputs under TestData/.</summary>
internal static class TestFiles
{
    private static readonly Lazy<MineralCatalog> LazyCatalog = new(() => MineralCatalog.Create(CatalogFile.Load(PathOf("catalog.json"))));

    public static MineralCatalog Catalog => LazyCatalog.Value;

    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
