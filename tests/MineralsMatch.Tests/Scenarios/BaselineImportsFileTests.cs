using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>The optional <c>baselineImports</c> section: read, written back, and every mistake named by file:line:column and JSON path.</summary>
public sealed class BaselineImportsFileTests
{
    private const string Gallium =
        "{ \"mineral\": \"gallium\", \"importer\": \"JP\", \"year\": 2021, \"quantity\": { \"amount\": 96.5, \"unit\": \"t\" }, \"shares\": [ { \"country\": \"CN\", \"share\": 0.57 } ], \"source\": \"METI-2023\" }";

    // The section goes on line 3 of the test scenario, right after the schema version.
    private static string With(string entries) =>
        TestFiles.Text("scenario.json").Replace("{\n  \"schemaVersion\": 1,", "{\n  \"schemaVersion\": 1,\n  \"baselineImports\": [ " + entries + " ],", StringComparison.Ordinal);

    [Test]
    public void A_baseline_is_read_with_its_shares_and_defaults()
    {
        var market = ScenarioFile.Parse(With(Gallium), "market.json", TestFiles.Catalog).Market;

        var baseline = market.BaselineImports.Single();
        Assert.Multiple(() =>
        {
            Assert.That((baseline.Mineral, baseline.Importer, baseline.Year, baseline.Source, baseline.Estimate), Is.EqualTo(("gallium", "JP", 2021, "METI-2023", false)));
            Assert.That(baseline.Quantity, Is.EqualTo(Quantity.Tonnes(96.5m)));
            Assert.That(baseline.Shares, Is.EqualTo(new[] { new CountryShare("CN", 0.57m) }));
        });
    }

    [Test]
    public void A_baseline_survives_writing_the_scenario_back()
    {
        var scenario = ScenarioFile.Parse(With(Gallium.Replace("\"source\"", "\"estimate\": true, \"note\": \"n\", \"source\"", StringComparison.Ordinal)), "market.json", TestFiles.Catalog);

        var again = ScenarioFile.Parse(ScenarioFile.Write(scenario), "again.json", TestFiles.Catalog);

        Assert.Multiple(() =>
        {
            Assert.That(again.Market.BaselineImports, Is.EqualTo(scenario.Market.BaselineImports));
            Assert.That(again.Market.BaselineImports.Single().Estimate, Is.True);
        });
    }

    [TestCase("\"share\": 0.57", "\"share\": 1.5", "Range", "market.json:3:165 $.baselineImports[0].shares[0].share: must be greater than 0 and at most 1 (was 1.5)")]
    [TestCase("\"country\": \"CN\"", "\"country\": \"China\"", "CountryCode", "market.json:3:150 $.baselineImports[0].shares[0].country: must be an ISO 3166-1 alpha-2 country code such as 'KZ' (was China)")]
    [TestCase("\"mineral\": \"gallium\"", "\"mineral\": \"galium\"", "UnknownReference", "market.json:3:37 $.baselineImports[0].mineral: refers to an unknown mineral (not in the catalog nor the market's catalog additions) (was galium)")]
    [TestCase("\"source\": \"METI-2023\"", "\"source\": \"NOPE\"", "UnknownReference", "market.json:3:185 $.baselineImports[0].source: refers to an unknown source (not in the catalog nor the market's catalog additions) (was NOPE)")]
    [TestCase("\"year\": 2021", "\"year\": 1021", "Range", "market.json:3:74 $.baselineImports[0].year: must be between 1900 and 2200 (was 1021)")]
    [TestCase("\"amount\": 96.5", "\"amount\": 0", "GreaterThan", "market.json:3:104 $.baselineImports[0].quantity.amount: must be greater than 0 (was 0)")]
    [TestCase("[ { \"country\": \"CN\", \"share\": 0.57 } ]", "[ ]", "Required", "market.json:3:135 $.baselineImports[0].shares: must name at least one country (was 0 items)")]
    [TestCase("{ \"country\": \"CN\", \"share\": 0.57 }", "{ \"country\": \"CN\", \"share\": 0.57 }, { \"country\": \"AU\", \"share\": 0.5 }", "Inconsistent", "market.json:3:135 $.baselineImports[0].shares: must add up to at most 1 (they add up to 1.07); the rest is from countries the source does not name (was 2 items)")]
    [TestCase("{ \"country\": \"CN\", \"share\": 0.57 }", "{ \"country\": \"CN\", \"share\": 0.2 }, { \"country\": \"CN\", \"share\": 0.3 }", "Duplicate", "market.json:3:185 $.baselineImports[0].shares[1].country: country share already exists (at $.baselineImports[0].shares[0]) (was CN)")]
    [TestCase("\"source\": \"METI-2023\"", "\"source\": \"METI-2023\", \"shares2\": 1", "UnknownKey", "market.json:3:198 $.baselineImports[0].shares2: unknown key 'shares2' (allowed: mineral, importer, year, quantity, shares, source, estimate, note)")]
    public void A_wrong_baseline_is_named_by_position_and_path(string replace, string with, string rule, string expected)
    {
        var text = With(Gallium.Replace(replace, with, StringComparison.Ordinal));

        var exception = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(text, "market.json", TestFiles.Catalog));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { expected }));
            Assert.That(exception.Errors.Select(e => e.Rule), Is.EqualTo(new[] { rule }));
        });
    }

    [Test]
    public void Two_baselines_for_one_mineral_are_refused()
    {
        var exception = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(With(Gallium + ", " + Gallium), "market.json", TestFiles.Catalog));

        Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "market.json:3:213 $.baselineImports[1].mineral: baseline for this mineral already exists (at $.baselineImports[0]) (was gallium)",
        }));
    }

    [Test]
    public void The_embedded_market_gives_japans_2021_gallium_imports()
    {
        var baseline = MarketScenarios.JapanKazakhstan().BaselineImports.Single(b => b.Mineral == "gallium");

        Assert.Multiple(() =>
        {
            Assert.That((baseline.Importer, baseline.Year, baseline.Source, baseline.Estimate), Is.EqualTo(("JP", 2021, "MC-Ga-2026", false)));
            Assert.That(baseline.Quantity, Is.EqualTo(Quantity.Tonnes(96.5m)));
            Assert.That(baseline.Shares, Is.EqualTo(new[] { new CountryShare("CN", 0.57m) }));
        });
    }
}
