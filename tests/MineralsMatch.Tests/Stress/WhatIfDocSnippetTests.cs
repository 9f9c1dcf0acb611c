using Microsoft.Extensions.DependencyInjection;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Stress;
using NUnit.Framework;

namespace MineralsMatch.Tests.Stress;

/// <summary>The C# of docs/what-if.md, compiled and run.</summary>
public sealed class WhatIfDocSnippetTests
{
    [Test]
    public void The_what_if_snippet_runs_the_embedded_pack_and_its_own_shock_set()
    {
        var console = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(console);
        var (report, shocked) = Snippet();
        Console.SetOut(previous);

        Assert.Multiple(() =>
        {
            Assert.That(report.Outcomes, Has.Count.EqualTo(6));
            Assert.That(console.ToString(), Does.Contain("caspian-closed: 2 contracts lost, 2 changed, value -"));
            Assert.That(shocked.Offers.Select(o => o.Id), Does.Not.Contain("cn-gallium-export"));
        });
    }

    private static (StressReport Report, Market Shocked) Snippet()
    {
        // snippet: what-if
        var services = new ServiceCollection().AddMineralsMatch().BuildServiceProvider();
        var tester = services.GetRequiredService<StressTester>();
        var scenario = MarketScenarios.JapanKazakhstanScenario();

        StressReport report = tester.Run(scenario.Market, scenario.Stress, scenario.Options);
        foreach (var outcome in report.Outcomes)
        {
            var c = outcome.Comparison;
            Console.WriteLine($"{outcome.Set.Name}: {c.ProposalsRemoved.Count} contracts lost, {c.ProposalsChanged.Count} changed, value {c.ValueChange:+#,0;-#,0} USD/yr");
        }

        // Your own shock set, in code:
        var noSea = new ShockSet
        {
            Name = "no-sea",
            Shocks = [new FreightShock { Modes = [TransportMode.Sea], ChangePercent = 100m }, new ProductionShock { Countries = ["CN"], ChangePercent = -100m }],
        };
        Market shocked = noSea.Apply(scenario.Market, MineralCatalog.Default);
        // end snippet
        services.Dispose();
        return (report, shocked);
    }
}
