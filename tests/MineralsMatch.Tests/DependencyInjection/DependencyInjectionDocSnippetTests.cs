using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Tests.DependencyInjection;

/// <summary>The snippet of docs/dependency-injection.md, compiled and run.</summary>
public sealed class DependencyInjectionDocSnippetTests
{
    [Test]
    public void The_documented_registration_reads_the_file_binds_configuration_and_honours_configure()
    {
        var catalogFile = Path.Combine(Path.GetTempPath(), $"mm-di-{Guid.NewGuid():N}.json");
        CatalogFile.Save(new CatalogContent { Minerals = [new Mineral { Id = "graphite", Name = "Graphite", Symbol = "C", Group = MineralGroup.Battery }] }, catalogFile);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MineralsMatch:BargainingShare"] = "0.4" }).Build();
        try
        {
            var (provider, engine) = Register(catalogFile, configuration);
            using (provider)
            {
                Assert.That(provider.GetRequiredService<IMineralCatalog>().Find("graphite")?.Name, Is.EqualTo("Graphite"));
                Assert.That(provider.GetRequiredService<IOptions<MatchingOptions>>().Value.BargainingShare, Is.EqualTo(0.4m));
                Assert.That(engine.Match(MarketScenarios.JapanKazakhstan()).Objective, Is.EqualTo(MatchObjective.CoverageFirst));
            }
        }
        finally
        {
            File.Delete(catalogFile);
        }
    }

    private static (ServiceProvider Provider, IMatchingEngine Engine) Register(string catalogFile, IConfiguration configuration)
    {
        // snippet: dependency-injection
        var services = new ServiceCollection()
            .AddMineralsMatch(builder => builder.AddCatalogFile(catalogFile))   // read when first resolved
            .AddMineralsMatch()                                                  // harmless
            .Configure<MatchingOptions>(o => o.Objective = MatchObjective.CoverageFirst);
        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection("MineralsMatch"))                     // e.g. appsettings.json
            .ValidateOnStart();                                                  // fail at host start
        var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IMatchingEngine>();
        // end snippet
        return (provider, engine);
    }
}
