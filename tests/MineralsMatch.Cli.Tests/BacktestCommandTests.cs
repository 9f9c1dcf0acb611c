using System.Text.Json;
using System.Text.Json.Nodes;

namespace MineralsMatch.Cli.Tests;

public class BacktestCommandTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Write(TempFolder folder, Action<JsonNode> change)
    {
        var market = JsonNode.Parse(MarketScenarios.JapanKazakhstanJson())!;
        change(market);
        var path = folder.File("market.json");
        File.WriteAllText(path, market.ToJsonString(Indented));
        return path;
    }

    private static JsonNode Requirement(JsonNode market, string id) => market["requirements"]!.AsArray().Single(r => (string?)r!["id"] == id)!;

    [Test]
    public void Backtest_of_the_embedded_market_recovers_the_mc_rtm_gallium_deal()
    {
        var run = Tool.Run("backtest");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.StartWith("japan-kazakhstan · backtest of 1 reference deal: 1 recovered, 0 partly, 0 missed\n"));
        Assert.That(run.Stdout, Does.Contain("aok-mcrtm-gallium-2025").And.Contain("recovered"));
    }

    [Test]
    public void Json_output_gives_each_deal_its_verdict_and_reason()
    {
        var run = Tool.Run("backtest", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var json = JsonNode.Parse(run.Stdout)!;
        var deal = json["deals"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((int)json["summary"]!["recovered"]!, Is.EqualTo(1));
            Assert.That((string?)deal["id"], Is.EqualTo("aok-mcrtm-gallium-2025"));
            Assert.That((string?)deal["verdict"], Is.EqualTo("recovered"));
            Assert.That((decimal)deal["referenceAnnualVolume"]!, Is.EqualTo(15_000m));
            Assert.That((decimal)deal["proposedAnnualVolume"]!, Is.EqualTo(15_000m));
            Assert.That((int)deal["proposedStartYear"]!, Is.EqualTo(2026));
            Assert.That((string?)deal["source"], Is.EqualTo("MC-Ga-2026"));
            Assert.That((string?)deal["reason"], Is.EqualTo("aok-gallium-pavlodar→mcrtm-gallium-offtake proposes 15,000 kg/yr from 2026 against the reference 15,000 kg/yr from 2026 (volume 0 %, start same year)"));
        });
    }

    [Test]
    public void Lowering_mc_rtms_bid_below_jogmecs_turns_the_verdict_to_partly_naming_jogmec()
    {
        using var folder = new TempFolder();
        var path = Write(folder, market => Requirement(market, "mcrtm-gallium-offtake")["bid"]!["usd"] = 750);

        var run = Tool.RunIn(folder.Path, "backtest", "market.json", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        var deal = JsonNode.Parse(run.Stdout)!["deals"]![0]!;
        Assert.That((string?)deal["verdict"], Is.EqualTo("partly"));
        Assert.That((string?)deal["reason"], Does.Contain("aluminium-of-kazakhstan's gallium-4n went to jogmec (4,000 kg/yr"));
        Assert.That(path, Does.EndWith("market.json"));
    }

    [Test]
    public void A_bad_reference_deal_exits_2_with_its_location()
    {
        using var folder = new TempFolder();
        Write(folder, market => market["referenceDeals"]![0]!["supplier"] = "nobody");

        var run = Tool.RunIn(folder.Path, "backtest", "market.json");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Stderr, Does.Match(@"market\.json:\d+:\d+ \$\.referenceDeals\[0\]\.supplier: refers to an unknown party \(was nobody\)"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void A_scenario_without_reference_deals_says_so()
    {
        using var folder = new TempFolder();
        Write(folder, market => market.AsObject().Remove("referenceDeals"));

        var run = Tool.RunIn(folder.Path, "backtest", "market.json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Is.EqualTo("japan-kazakhstan · backtest of 0 reference deals: 0 recovered, 0 partly, 0 missed\nThe scenario holds no reference deals (add a referenceDeals section).\n"));
    }
}
