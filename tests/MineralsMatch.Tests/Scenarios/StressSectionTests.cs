using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;
using MineralsMatch.Stress;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>The stress section of a scenario file: the embedded pack, writing and reading back, and strict errors with their location.</summary>
public sealed class StressSectionTests
{
    private static readonly string Json = MarketScenarios.JapanKazakhstanJson();

    [Test]
    public void The_embedded_market_ships_the_six_stress_tests_each_marked_as_an_estimate_with_a_probability()
    {
        var scenario = MarketScenarios.JapanKazakhstanScenario();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Stress.Select(s => s.Name), Is.EqualTo(new[]
            {
                "caspian-closed", "china-ga-ge-halt", "erg-gallium-delay", "kz-gallium-duty", "mnso4-price-fall", "sea-freight-up",
            }));
            Assert.That(scenario.Stress, Has.All.Matches<ShockSet>(s => s != null && s.Estimate && s.Probability is > 0m and < 1m && s.Note != null));
            Assert.That(scenario.Market.Routes.Where(r => r.Tags.Contains("caspian-crossing")).Select(r => r.Id), Has.All.StartWith("mc-"));
            Assert.That(scenario.Market.Routes.Count(r => r.Tags.Contains("caspian-crossing")), Is.EqualTo(7));
        });
    }

    [Test]
    public void The_erg_delay_moves_pavlodar_gallium_from_the_third_quarter_of_2026_to_the_first_of_2027()
    {
        var scenario = MarketScenarios.JapanKazakhstanScenario();
        var delay = scenario.Stress.Single(s => s.Name == "erg-gallium-delay");

        var offer = delay.Apply(scenario.Market, MineralCatalog.Default).Offers.Single(o => o.Id == "aok-gallium-pavlodar");

        Assert.That(offer.CapacityByYear, Is.EqualTo(new YearlyProfile { StartQuarter = 1, Years = [new YearAmount(2027, 15_000m)] }));
    }

    [Test]
    public void Writing_and_reading_back_keeps_every_shock_and_route_tag()
    {
        var scenario = MarketScenarios.JapanKazakhstanScenario();

        var again = ScenarioFile.Parse(ScenarioFile.Write(scenario), "again.json");

        Assert.Multiple(() =>
        {
            Assert.That(again.Stress, Is.EqualTo(scenario.Stress));
            Assert.That(again.Market.Routes, Is.EqualTo(scenario.Market.Routes));
            Assert.That(ScenarioFile.Write(again), Is.EqualTo(ScenarioFile.Write(scenario)));
        });
    }

    [TestCase("\"delayQuarters\": 2", "\"delayQuarters\": 0", "delayQuarters", "$.stress[2].shocks[0].delayQuarters: must be between 1 and 200 (was 0)")]
    [TestCase("\"aok-gallium-pavlodar\"\n          ],\n          \"delayQuarters\"", "\"aok-gallium-pavlodr\"\n          ],\n          \"delayQuarters\"", "aok-gallium-pavlodr", "$.stress[2].shocks[0].offers[0]: refers to an unknown offer (was aok-gallium-pavlodr)")]
    [TestCase("\"side\": \"bids\"", "\"side\": \"both\"", "both", "$.stress[4].shocks[0].side: unknown value 'both' (allowed: 'asks', 'bids') (was both)")]
    [TestCase("\"modes\": [\n            \"sea\"", "\"hubs\": [ \"aktau\" ], \"modes\": [\n            \"sea\"", "hubs", "$.stress[5].shocks[0].hubs: applies only to kind 'closure', not 'freight'")]
    [TestCase("\"dutyPercent\": 10,\n            \"source\": \"KZ-GA-DUTY-2025\",\n            \"estimate\": true,\n            \"note\": \"Stress", "\"dutyPercent\": 110,\n            \"source\": \"KZ-GA-DUTY-2025\",\n            \"estimate\": true,\n            \"note\": \"Stress", "110", "$.stress[3].shocks[0].measure.dutyPercent: must be between 0 and 100 (a percent of the ask) (was 110)")]
    [TestCase("\"changePercent\": 50", "\"changePercent\": 5000", "5000", "$.stress[5].shocks[0].changePercent: must be between -100 and 1000 (was 5000)")]
    [TestCase("\"probability\": 0.3", "\"probability\": 1.3", "1.3", "$.stress[2].probability: must be between 0 and 1 (was 1.3)")]
    [TestCase("\"caspian-crossing\"\n          ]\n        }", "\"caspian-crosing\"\n          ]\n        }", "caspian-crosing", "$.stress[0].shocks[0].tags[0]: refers to an unknown route tag (was caspian-crosing)")]
    [TestCase("\"kind\": \"closure\"", "\"kind\": \"closing\"", "closing", "$.stress[0].shocks[0].kind: unknown value 'closing' (allowed: 'closure', 'trade-measure', 'production', 'demand', 'price', 'freight') (was closing)")]
    public void A_broken_stress_test_is_an_error_at_its_line_and_column_with_its_json_path(string replace, string with, string at, string expected)
    {
        Assert.That(Json.Split(replace), Has.Length.EqualTo(2), "the text to replace must occur once");
        var broken = Json.Replace(replace, with, StringComparison.Ordinal);

        var error = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(broken, "market.json"))!.Errors.Single();

        var offset = broken.IndexOf(with, StringComparison.Ordinal) + with.IndexOf(at, StringComparison.Ordinal);
        var line = broken[..offset].Count(c => c == '\n') + 1;
        Assert.Multiple(() =>
        {
            Assert.That(error.ToString(), Does.EndWith(expected));
            Assert.That(error.ToString(), Does.StartWith("market.json:"));
            Assert.That(error.Line, Is.InRange(line - 1, line), "the error points at the broken value or its key");
        });
    }
}
