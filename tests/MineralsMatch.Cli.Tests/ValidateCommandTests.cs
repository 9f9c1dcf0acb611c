using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MineralsMatch.Cli.Tests;

public class ValidateCommandTests
{
    private static readonly Regex LocatedError = new(@"^bad\.json:\d+:\d+ \$\.\S+: .+$", RegexOptions.CultureInvariant);

    [Test]
    public void Valid_scenario_prints_a_one_line_summary()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("market.json"), MarketScenarios.JapanKazakhstanJson());

        var run = Tool.RunIn(folder.Path, "validate", "market.json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(
            run.Stdout,
            Is.EqualTo("market.json: valid scenario 'japan-kazakhstan': 25 parties, 25 hubs, 25 routes, 12 offers, 16 requirements, 9 trade measures, 1 reference deal, 1 baseline, 6 stress tests\n"));
    }

    [Test]
    public void A_scenario_without_trade_measures_deals_baselines_or_stress_tests_names_none_of_them()
    {
        var json = JsonNode.Parse(MarketScenarios.JapanKazakhstanJson())!.AsObject();
        foreach (var key in new[] { "policies", "referenceDeals", "baselineImports", "stress" })
        {
            json.Remove(key);
        }

        using var folder = new TempFolder();
        File.WriteAllText(folder.File("market.json"), json.ToJsonString());

        var run = Tool.RunIn(folder.Path, "validate", "market.json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Is.EqualTo("market.json: valid scenario 'japan-kazakhstan': 25 parties, 25 hubs, 25 routes, 12 offers, 16 requirements\n"));
    }

    [Test]
    public void Invalid_scenario_prints_every_error_with_file_line_column_and_path()
    {
        using var folder = new TempFolder();
        var market = JsonNode.Parse(MarketScenarios.JapanKazakhstanJson())!;
        market["offers"]![0]!["annualVolume"]!["amount"] = -5;
        market["offers"]![2]!["producer"] = "nobody";
        market["requirements"]![0]!["product"] = "unobtainium-9n";
        File.WriteAllText(folder.File("bad.json"), market.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var run = Tool.RunIn(folder.Path, "validate", "bad.json");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(l => LocatedError.IsMatch(l)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Count.EqualTo(3), run.ToString);
            Assert.That(errors, Has.One.Contains("$.offers[0].annualVolume.amount: must be greater than 0 (was -5)"));
            Assert.That(errors, Has.One.Contains("$.offers[2].producer: refers to an unknown party (was nobody)"));
            Assert.That(errors, Has.One.Contains("$.requirements[0].product: refers to an unknown product").And.Contains("(was unobtainium-9n)"));
            Assert.That(lines[^1], Is.EqualTo("bad.json: 3 errors"));
            Assert.That(run.Stdout, Is.Empty);
        });
    }

    [Test]
    public void Unknown_key_is_reported_with_its_location()
    {
        // The strict reader stops at the first malformed-shape error (unknown key, wrong type), so this gets a file of its own.
        using var folder = new TempFolder();
        var market = JsonNode.Parse(MarketScenarios.JapanKazakhstanJson())!;
        market["offers"]![1]!["colour"] = "red";
        File.WriteAllText(folder.File("bad.json"), market.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var run = Tool.RunIn(folder.Path, "validate", "bad.json");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        var first = run.Stderr.Split('\n')[0];
        Assert.That(first, Does.Match(LocatedError).And.Contains("$.offers[1].colour: unknown key 'colour'"));
    }

    [Test]
    public void Missing_file_is_invalid_input_with_a_clear_message()
    {
        using var folder = new TempFolder();

        var run = Tool.RunIn(folder.Path, "validate", "nope.json");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Stderr, Does.StartWith("nope.json $: cannot be read:"));
    }

    [Test]
    public void A_folder_with_a_trailing_slash_is_invalid_input_named_after_the_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("scenarios"));

        var run = Tool.RunIn(folder.Path, "validate", "scenarios/");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Stderr, Does.StartWith("scenarios $: cannot be read:"), "the error names the folder, not an empty file name");
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Missing_argument_is_a_usage_error()
    {
        var run = Tool.Run("validate");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
        Assert.That(run.Stderr, Does.Contain("FILE"));
    }
}
