using System.Text.Json;
using MineralsMatch.Cli.Terminal;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Cli.Tests;

/// <summary><c>stress</c> and <c>compare</c> on the embedded market (approximate planner, to keep the runs short).</summary>
public class StressCommandTests
{
    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args) => await Run(CancellationToken.None, args);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await new CliApplication(output, error, CliTerminal.Plain).RunAsync(args, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Test]
    public async Task The_caspian_closure_table_shows_contracts_that_move_route_or_disappear_and_coverage_per_mineral()
    {
        var (exitCode, stdout, stderr) = await Run("stress", "--shock", "caspian-closed", "--planner", "approximate");

        Assert.That(exitCode, Is.EqualTo(0), stderr);
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.StartWith("japan-kazakhstan · baseline: "));
            Assert.That(stdout, Does.Contain("caspian-closed · yearly probability 5.0 % · estimate"));
            Assert.That(stdout, Does.Contain("close routes tagged caspian-crossing"));
            Assert.That(stdout, Does.Match(@"katpar-apt → jogmec-tungsten-apt\s*│ price, route"));
            Assert.That(stdout, Does.Contain("via cn-katpar-khorgos-kobe"));
            Assert.That(stdout, Does.Match(@"kazatomprom-u3o8 → sumitomo-u3o8\s*│ removed"));
            Assert.That(stdout, Does.Match(@"uranium\s*│\s*100\.0 % │\s*0\.0 %"));
            Assert.That(stdout, Does.Not.Contain("sea-freight-up"), "only the shock asked for");
            Assert.That(stderr, Is.Empty, "no progress when standard error is not a terminal");
        });
    }

    [Test]
    public async Task Json_has_the_shape_the_issue_asks_for_and_the_same_seed_gives_the_same_bytes()
    {
        string[] args = ["stress", "--shock", "erg-gallium-delay", "--shock", "mnso4-price-fall", "--samples", "200", "--seed", "3", "--planner", "approximate", "--format", "json"];

        var first = await Run(args);
        var second = await Run(args);

        Assert.That(first.ExitCode, Is.EqualTo(0), first.Stderr);
        using var json = JsonDocument.Parse(first.Stdout);
        var shocks = json.RootElement.GetProperty("shocks").EnumerateArray().ToList();
        var risk = json.RootElement.GetProperty("risk");
        var mnso4 = shocks.Single(s => s.GetProperty("name").GetString() == "mnso4-price-fall");
        Assert.Multiple(() =>
        {
            Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
            Assert.That(shocks.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(new[] { "erg-gallium-delay", "mnso4-price-fall" }));
            foreach (var key in new[] { "proposalsAdded", "proposalsRemoved", "proposalsChanged", "minerals", "requirements" })
            {
                Assert.That(shocks.All(s => s.GetProperty(key).ValueKind == JsonValueKind.Array), key);
            }

            Assert.That(shocks.All(s => s.TryGetProperty("moneyChange", out _) && s.TryGetProperty("valueChange", out _)));
            Assert.That(mnso4.GetProperty("proposalsRemoved").EnumerateArray().Select(p => p.GetProperty("offerId").GetString()), Has.All.EqualTo("taza-mnso4-karaganda").And.Not.Empty);
            var manganese = mnso4.GetProperty("minerals").EnumerateArray().Single(m => m.GetProperty("mineral").GetString() == "manganese");
            Assert.That(manganese.GetProperty("coverageAfter").GetDecimal(), Is.LessThan(manganese.GetProperty("coverageBefore").GetDecimal()));
            Assert.That(mnso4.GetProperty("valueChange").GetDecimal(), Is.Negative);
            Assert.That(shocks[0].GetProperty("proposalsChanged")[0].GetProperty("changes").EnumerateArray().Select(c => c.GetString()), Does.Contain("start"));
            Assert.That(risk.GetProperty("seed").GetInt64(), Is.EqualTo(3));
            Assert.That(risk.GetProperty("samples").GetInt32(), Is.EqualTo(200));
            var requirements = risk.GetProperty("requirements").EnumerateArray().ToList();
            Assert.That(requirements.All(r => r.TryGetProperty("shortfallProbability", out _) && r.TryGetProperty("expectedUnmet", out _)));
            Assert.That(requirements.Single(r => r.GetProperty("requirementId").GetString() == "smm-mnso4-battery").GetProperty("shortfallProbability").GetDecimal(), Is.InRange(0.05m, 0.3m));
            Assert.That(risk.GetProperty("minerals").EnumerateArray().All(m => m.TryGetProperty("p5", out _) && m.TryGetProperty("p50", out _) && m.TryGetProperty("p95", out _)));
        });
    }

    [Test]
    public async Task A_progress_bar_is_drawn_on_standard_error_only_when_it_is_a_terminal_and_cleared_at_the_end()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["stress", "--shock", "erg-gallium-delay", "--samples", "20", "--planner", "approximate", "--format", "json"];

        var exitCode = await new CliApplication(output, error, CliTerminal.Plain with { ErrorIsTerminal = true }).RunAsync(args);
        var plain = await Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(error.ToString(), Does.Contain("\rStress tests [").And.Contain("2/2").And.Contain("\rSupply risk (distinct plans) ["));
            Assert.That(error.ToString(), Does.EndWith("\r"), "the bar is blanked out when the run ends");
            Assert.That(plain.Stderr, Is.Empty);
            Assert.That(output.ToString(), Is.EqualTo(plain.Stdout), "progress never reaches standard output");
        });
    }

    [Test]
    public async Task An_unknown_stress_test_is_a_usage_error_that_lists_the_available_ones()
    {
        var (exitCode, stdout, stderr) = await Run("stress", "--shock", "caspian");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Does.StartWith("error: unknown stress test 'caspian'. Available: caspian-closed, china-ga-ge-halt, erg-gallium-delay, kz-gallium-duty, mnso4-price-fall, sea-freight-up."));
        });
    }

    [Test]
    public async Task A_cancelled_stress_run_exits_130_without_output()
    {
        using var source = new CancellationTokenSource();
        await source.CancelAsync();

        var (exitCode, stdout, stderr) = await Run(source.Token, "stress", "--samples", "1000", "--planner", "approximate");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(130));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Does.StartWith("error: cancelled."));
        });
    }

    [Test]
    public async Task Html_markdown_and_csv_reports_carry_the_delta_table_coverage_lost_flows_and_the_risk_histogram()
    {
        using var folder = new TempFolder();
        string[] common = ["stress", "--shock", "caspian-closed", "--samples", "50", "--planner", "approximate"];

        var html = await Run([.. common, "--format", "html"]);
        var md = await Run([.. common, "--format", "md"]);
        var csv = await Run([.. common, "--format", "csv", "--out", folder.File("csv")]);

        Assert.Multiple(() =>
        {
            Assert.That(html.ExitCode, Is.EqualTo(0), html.Stderr);
            Assert.That(html.Stdout, Does.StartWith("<!DOCTYPE html>").And.Contain("id=\"delta-caspian-closed\"").And.Contain("id=\"coverage-caspian-closed\""));
            Assert.That(html.Stdout, Does.Contain("class=\"link lost\"").And.Contain("id=\"histogram-uranium\""));
            Assert.That(md.Stdout, Does.StartWith("# Stress tests: japan-kazakhstan").And.Contain("| kazatomprom-u3o8 → sumitomo-u3o8 | removed |").And.Contain("## Supply risk"));
            Assert.That(csv.ExitCode, Is.EqualTo(0), csv.Stderr);
            Assert.That(File.ReadAllText(Path.Combine(folder.File("csv"), "what-if-contracts.csv")), Does.Contain("caspian-closed,removed,kazatomprom-u3o8,sumitomo-u3o8,mc-shymkent-malvesi,,lb,"));
            Assert.That(File.Exists(Path.Combine(folder.File("csv"), "risk-minerals.csv")), Is.True);
        });
    }

    [Test]
    public async Task Compare_diffs_two_result_files_and_reports_a_broken_one_with_its_location()
    {
        using var folder = new TempFolder();
        var scenario = MarketScenarios.JapanKazakhstanScenario();
        var closed = scenario.Stress.Single(s => s.Name == "caspian-closed").Apply(scenario.Market, MineralCatalog.Default);
        ScenarioFile.Save(scenario with { Market = closed, Stress = [] }, folder.File("closed.json"));
        await Run("match", "--planner", "approximate", "--format", "json", "--out", folder.File("a.json"));
        await Run("match", folder.File("closed.json"), "--planner", "approximate", "--format", "json", "--out", folder.File("b.json"));
        File.WriteAllText(folder.File("broken.json"), File.ReadAllText(folder.File("a.json")).Replace("\"routeId\"", "\"route\"", StringComparison.Ordinal));

        var (exitCode, stdout, stderr) = await Run("compare", folder.File("a.json"), folder.File("b.json"), "--format", "json");
        var broken = await Run("compare", folder.File("broken.json"), folder.File("b.json"));

        Assert.That(exitCode, Is.EqualTo(0), stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("proposalsRemoved").EnumerateArray().Select(p => p.GetProperty("offerId").GetString()), Does.Contain("kazatomprom-u3o8"));
            Assert.That(json.RootElement.GetProperty("proposalsChanged").EnumerateArray().Select(p => p.GetProperty("after").GetProperty("routeId").GetString()), Does.Contain("cn-katpar-khorgos-kobe"));
            Assert.That(json.RootElement.GetProperty("valueChange").GetDecimal(), Is.Negative);
            Assert.That(broken.ExitCode, Is.EqualTo(2));
            Assert.That(broken.Stderr, Does.Match(@"^broken\.json:\d+:\d+ \$\.proposals\[0\]: missing required key 'routeId'"));
        });
    }
}
