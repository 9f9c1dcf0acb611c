using MineralsMatch.Comparison;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Results;
using MineralsMatch.Risk;
using MineralsMatch.Stress;
using NUnit.Framework;

namespace MineralsMatch.Tests.Stress;

/// <summary>The stress report of the embedded market is the same, byte for byte, whatever the order of its stress tests, offers, requirements and routes.</summary>
public sealed class StressReportDeterminismTests
{
    [Test]
    public void Reordering_the_stress_tests_and_the_market_gives_the_same_json()
    {
        var scenario = MarketScenarios.JapanKazakhstanScenario();
        var engine = MatchingEngine.Create();
        var tester = new StressTester(engine, new ScenarioComparer(), MineralCatalog.Default);
        var analyzer = new SupplyRiskAnalyzer(engine, MineralCatalog.Default);
        var reordered = scenario.Market with
        {
            Offers = [.. scenario.Market.Offers.Reverse()],
            Requirements = [.. scenario.Market.Requirements.Reverse()],
            Routes = [.. scenario.Market.Routes.Reverse()],
        };
        var options = new SupplyRiskOptions { Samples = 60, Seed = 11 };
        var sets = scenario.Stress.Where(s => s.Name is "caspian-closed" or "erg-gallium-delay" or "mnso4-price-fall").ToList();

        var first = tester.Run(scenario.Market, sets, scenario.Options) with { Risk = analyzer.Run(scenario.Market, sets, options, scenario.Options) };
        var second = tester.Run(reordered, [.. Enumerable.Reverse(sets)], scenario.Options) with
        {
            Risk = analyzer.Run(reordered, [.. Enumerable.Reverse(sets)], options with { MaxDegreeOfParallelism = 1 }, scenario.Options),
        };

        Assert.That(StressReportJson.Render(second), Is.EqualTo(StressReportJson.Render(first)));
    }
}
