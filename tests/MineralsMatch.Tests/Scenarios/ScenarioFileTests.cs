using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

public sealed class ScenarioFileTests
{
    [Test]
    public void Example_scenario_loads_with_its_values()
    {
        var scenario = ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog);
        var market = scenario.Market;
        Assert.Multiple(() =>
        {
            Assert.That(market.Name, Is.EqualTo("japan-kazakhstan"));
            Assert.That(market.Offers[0].AnnualVolume, Is.EqualTo(Quantity.Kilograms(12000m)));
            Assert.That(market.Offers[0].Grade.MaxImpuritiesPpm["Fe"], Is.EqualTo(10m));
            Assert.That(market.Offers[0].Incoterms, Is.EqualTo(new[] { Incoterm.Fca, Incoterm.Cip }));
            Assert.That(market.Requirements[0].Priority, Is.EqualTo(8));
            Assert.That(market.Requirements[1].Priority, Is.EqualTo(5));
            Assert.That(market.Parties[1].Roles, Is.EqualTo(PartyRoles.Buyer | PartyRoles.Trader));
            Assert.That(market.Hubs[0].Kind, Is.EqualTo(HubKind.Plant));
            Assert.That(market.Routes[0].Legs[1].TransitCountry, Is.Null);
            Assert.That(market.Catalog.Minerals[0].Products[0].Mineral, Is.EqualTo("tungsten"));
            Assert.That(market.Catalog.Minerals[0].Products[0].PricingUnit, Is.EqualTo(QuantityUnit.MetricTonneUnit));
            Assert.That(scenario.Options, Is.EqualTo(new MatchingOptions { Objective = MatchObjective.CoverageFirst, BargainingShare = 0.4m }));
        });
    }

    [Test]
    public void Save_then_load_gives_an_equal_scenario()
    {
        var scenario = ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog);
        var path = Path.Combine(Path.GetTempPath(), $"mm-{Guid.NewGuid():N}.json");
        try
        {
            ScenarioFile.Save(scenario, path);
            Assert.That(ScenarioFile.Load(path, TestFiles.Catalog), Is.EqualTo(scenario));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Writing_is_canonical_and_stable()
    {
        var text = ScenarioFile.Write(ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog));
        var again = ScenarioFile.Write(ScenarioFile.Parse(text, catalog: TestFiles.Catalog));
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(text));
            Assert.That(text, Does.StartWith("{\n  \"schemaVersion\": 1,\n  \"name\": \"japan-kazakhstan\","));
            Assert.That(text, Does.Not.Contain("\r"));
            Assert.That(text, Does.EndWith("}\n"));
            Assert.That(text, Does.Contain("\"costPerTonne\": 140.5"));
            Assert.That(text, Does.Not.Contain("excludedBuyers"), "empty optional lists are left out");
        });
    }

    [Test]
    public void Writing_a_bare_market_leaves_out_options()
    {
        var market = ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog).Market;
        var text = ScenarioFile.Write(market);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("\"options\""));
            Assert.That(ScenarioFile.Parse(text, catalog: TestFiles.Catalog), Is.EqualTo(new Scenario { Market = market }));
        });
    }

    [Test]
    [SetCulture("de-DE")]
    public void Numbers_are_written_in_the_invariant_culture()
    {
        var text = ScenarioFile.Write(ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog));
        Assert.That(text, Does.Contain("\"minContent\": 0.9999"));
    }

    [Test]
    public void Read_from_a_stream_with_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(TestFiles.PathOf("scenario.json"))).ToArray();
        using var stream = new MemoryStream(bytes);
        Assert.That(ScenarioFile.Read(stream, "bom.json", TestFiles.Catalog).Market.Name, Is.EqualTo("japan-kazakhstan"));
    }
}
