using System.Text.Json;

namespace MineralsMatch.Cli.Tests;

/// <summary>Trade policies end to end: a scenario file with a defence end use, validated and matched by the tool in table and JSON.</summary>
public class PolicyCommandTests
{
    private static string DefenceScenario() =>
        MarketScenarios.JapanKazakhstanJson().Replace("\"buyer\": \"hitachi\",", "\"buyer\": \"hitachi\",\n      \"endUse\": \"defence\",", StringComparison.Ordinal);

    [Test]
    public void A_defence_end_use_gets_no_chinese_gallium_and_every_format_names_the_measure()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("market.json"), DefenceScenario());

        var table = Tool.RunIn(folder.Path, "match", "market.json");
        var json = Tool.RunIn(folder.Path, "match", "market.json", "--format", "json");

        Assert.That(json.ExitCode, Is.EqualTo(0), json.ToString);
        using var document = JsonDocument.Parse(json.Stdout);
        var root = document.RootElement;
        var hitachi = root.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("requirementId").GetString() == "hitachi-gallium");
        var ban = hitachi.GetProperty("reasons").EnumerateArray().Single(r => r.TryGetProperty("measure", out _));
        Assert.Multiple(() =>
        {
            Assert.That(table.ExitCode, Is.EqualTo(0), table.ToString);
            Assert.That(table.Stdout, Does.Contain("trade-ban: cn-mofcom-1-2026-jp-military (CN export ban, from 2026-01-06; source MOFCOM-1-2026)"));
            Assert.That(ban.GetProperty("kind").GetString(), Is.EqualTo("trade-ban"));
            Assert.That(ban.GetProperty("measure").GetString(), Is.EqualTo("cn-mofcom-1-2026-jp-military"));
            Assert.That(root.GetProperty("proposals").EnumerateArray().Where(p => p.GetProperty("requirementId").GetString() == "hitachi-gallium").Select(p => p.GetProperty("supplier").GetString()), Has.None.EqualTo("cn-gallium-producer"));
            Assert.That(root.GetProperty("proposals").EnumerateArray().Where(p => p.GetProperty("offerId").GetString() == "katpar-apt").Select(p => p.GetProperty("seller").GetString()), Is.EqualTo(new[] { "cove-kaz-capital" }));
        });
    }

    [Test]
    public void A_measure_with_a_bad_date_fails_validation_with_its_location()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("market.json"), DefenceScenario().Replace("\"from\": \"2026-01-06\"", "\"from\": \"2026-01-32\"", StringComparison.Ordinal));

        var run = Tool.RunIn(folder.Path, "validate", "market.json");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.EqualTo(0));
            Assert.That(run.Stdout + run.Stderr, Does.Match(@"market\.json:\d+:\d+ \$\.policies\[4\]\.from: must be a date written yyyy-mm-dd between 1900 and 2200, such as '2026-01-06' \(was 2026-01-32\)"));
        });
    }
}
