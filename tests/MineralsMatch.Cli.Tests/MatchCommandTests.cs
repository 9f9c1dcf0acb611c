using System.Text.Json;
using System.Text.Json.Nodes;

namespace MineralsMatch.Cli.Tests;

public class MatchCommandTests
{
    private static readonly string[] RouteIds = [.. MarketScenarios.JapanKazakhstan().Routes.Select(r => r.Id)];

    [Test]
    public void Default_table_reports_proposals_unmet_demand_unsold_supply_and_solver()
    {
        var run = Tool.Run("match");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Does.StartWith("japan-kazakhstan · objective total-value · "));
            Assert.That(run.Stdout, Does.Contain("gallium").And.Contain("erg → "));
            Assert.That(RouteIds.Any(run.Stdout.Contains), Is.True, "a route id of the scenario");
            Assert.That(run.Stdout, Does.Contain("Proposals").And.Contain("Unmet demand").And.Contain("Unsold supply"));
            Assert.That(run.Stdout, Does.Contain("USD/kg").And.Contain("FCA"));
            Assert.That(run.Stdout, Does.Contain("price-gap: ").And.Contain("demand-exhausted: "));
            Assert.That(run.Stdout, Does.Contain("Solver network-simplex: "));
            Assert.That(run.Stdout, Does.Contain("Deliveries by year").And.Match(@"Plan \d{4}(–\d{4})? by [^:\n]+: (optimal|approximate, gap \d+\.\d\d % to the proven bound)\n"));
            Assert.That(run.Stderr, Is.Empty, "no spinner or notes when stderr is redirected");
        });
    }

    [Test]
    public void Default_table_names_money_apart_from_the_value_score_and_shows_kpis_per_list_and_per_mineral()
    {
        var run = Tool.Run("match");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Does.Match(@"\nAnnual turnover [\d,]+ USD · landed cost [\d,]+ USD \(money\) · value score [\d,]+ \(bonuses and penalties included; not money\)\n"));
            Assert.That(run.Stdout, Does.Match(@"\nMinerals: 9 demanded, \d+ fully, \d+ partly, \d+ not covered · mean share of demand met \d+\.\d %\n"));
            Assert.That(run.Stdout, Does.Contain("List japan-32: 9 demanded").And.Contain("List kazakhstan-22: ").And.Contain("List meti-rare-metals-31: "));
            Assert.That(run.Stdout, Does.Contain("KPIs by mineral").And.Contain("3,249, CN 57.0 % (2021)"), "gallium against Japan's 2021 imports");
            Assert.That(run.Stdout, Does.Not.Contain("Annual value ").And.Not.Contain("Japan-32 coverage"));
        });
    }

    [Test]
    public void Json_kpis_are_per_mineral_and_per_list_with_the_gallium_baseline()
    {
        var run = Tool.Run("match", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        using var json = JsonDocument.Parse(run.Stdout);
        var kpis = json.RootElement.GetProperty("kpis");
        var minerals = kpis.GetProperty("minerals").EnumerateArray().ToList();
        var gallium = minerals.Single(m => m.GetProperty("mineral").GetString() == "gallium");
        Assert.Multiple(() =>
        {
            foreach (var field in new[] { "mineral", "lists", "demandMetShare", "valueMetShare", "hhi", "topCountry", "topCountryShare", "baselineYear", "baselineHhi", "baselineTopCountry", "baselineTopCountryShare" })
            {
                Assert.That(minerals.All(m => m.TryGetProperty(field, out _)), Is.True, field);
            }

            Assert.That(gallium.GetProperty("baselineHhi").GetDecimal(), Is.EqualTo(3_249m));
            Assert.That(gallium.GetProperty("baselineTopCountry").GetString(), Is.EqualTo("CN"));
            Assert.That(gallium.GetProperty("baselineTopCountryShare").GetDecimal(), Is.EqualTo(0.57m));
            Assert.That(gallium.GetProperty("baselineYear").GetInt32(), Is.EqualTo(2021));
            Assert.That(gallium.GetProperty("topCountryShare").GetDecimal(), Is.LessThan(0.57m), "Kazakh gallium dilutes China's share");
            Assert.That(kpis.GetProperty("lists").EnumerateArray().Select(l => l.GetProperty("list").GetString()), Is.EqualTo(new[] { "japan-32", "kazakhstan-22", "meti-rare-metals-31" }));
            Assert.That(kpis.TryGetProperty("overallCoverage", out _) || kpis.TryGetProperty("japan32Coverage", out _) || kpis.TryGetProperty("totalAnnualValue", out _), Is.False);
            Assert.That(kpis.GetProperty("annualValueScore").GetDecimal(), Is.Not.EqualTo(kpis.GetProperty("annualTurnoverUsd").GetDecimal()));
        });
    }

    [Test]
    public void Json_has_the_result_shape()
    {
        var run = Tool.Run("match", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stderr, Is.Empty);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        var proposals = root.GetProperty("proposals").EnumerateArray().ToList();
        var requirements = root.GetProperty("requirements").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("objective").GetString(), Is.EqualTo("total-value"));
            Assert.That(proposals, Is.Not.Empty);
            foreach (var field in new[] { "offerId", "requirementId", "routeId", "annualVolume", "unit", "startYear", "tenorYears", "priceTerms", "valueBreakdown" })
            {
                Assert.That(proposals.All(p => p.TryGetProperty(field, out _)), Is.True, field);
            }

            Assert.That(requirements, Is.Not.Empty);
            foreach (var field in new[] { "requirementId", "met", "unmet", "reasons", "shadowPrice" })
            {
                Assert.That(requirements.All(r => r.TryGetProperty(field, out _)), Is.True, field);
            }

            Assert.That(root.GetProperty("offers").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(root.GetProperty("kpis").ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(root.GetProperty("solver").ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(proposals.Select(p => p.GetProperty("routeId").GetString()).Distinct(), Is.SubsetOf(RouteIds), "every proposal ships on a route of the scenario");
        });
    }

    [Test]
    public void Json_is_byte_identical_across_runs_and_matches_the_file_written_with_out()
    {
        using var folder = new TempFolder();

        // A generous time limit: when the default 5 s binds (a loaded machine), the plan is the best found by then, which depends on timing.
        var first = Tool.Run("match", "--format", "json", "--time-limit", "300");
        var second = Tool.RunIn(folder.Path, "match", "--format", "json", "--out", "result.json", "--time-limit", "300");

        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ToString);
        Assert.That(second.Stdout, Is.Empty);
        Assert.That(File.ReadAllBytes(folder.File("result.json")), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(first.Stdout)));
    }

    [Test]
    public void Objective_coverage_first_overrides_the_scenario_objective_with_the_file_spelling()
    {
        var run = Tool.Run("match", "--format", "json", "--objective", "coverage-first");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stderr, Is.Empty);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.That(json.RootElement.GetProperty("objective").GetString(), Is.EqualTo("coverage-first"));
    }

    [TestCase("coverage", "coverage-first")]
    [TestCase("value", "total-value")]
    public void The_old_objective_spelling_is_an_alias_with_a_notice_on_stderr(string old, string name)
    {
        // The managed planner: the exact one may stop at its time limit with a different plan on a loaded machine.
        var run = Tool.Run("match", "--format", "json", "--planner", "approximate", "--objective", old);
        var canonical = Tool.Run("match", "--format", "json", "--planner", "approximate", "--objective", name);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Is.EqualTo(canonical.Stdout));
        Assert.That(run.Stderr, Is.EqualTo($"Note: --objective {old} is the old spelling of {name}; use --objective {name}.{Environment.NewLine}"));
    }

    [Test]
    public void An_unknown_objective_is_refused_listing_the_file_spellings()
    {
        var run = Tool.Run("match", "--objective", "cheapest");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Stderr, Does.Contain("total-value").And.Contain("coverage-first").And.Contain("stable"));
    }

    [Test]
    public void Scenario_file_options_are_used_when_not_overridden()
    {
        using var folder = new TempFolder();
        var market = JsonNode.Parse(MarketScenarios.JapanKazakhstanJson())!;
        market["options"]!["objective"] = "coverage-first";
        File.WriteAllText(folder.File("coverage.json"), market.ToJsonString());

        var fromFile = Tool.RunIn(folder.Path, "match", "coverage.json", "--format", "json");
        var overridden = Tool.RunIn(folder.Path, "match", "coverage.json", "--format", "json", "--objective", "total-value");

        Assert.That(fromFile.ExitCode, Is.EqualTo(0), fromFile.ToString);
        Assert.That(overridden.ExitCode, Is.EqualTo(0), overridden.ToString);
        Assert.That(JsonNode.Parse(fromFile.Stdout)!["objective"]!.GetValue<string>(), Is.EqualTo("coverage-first"));
        Assert.That(JsonNode.Parse(overridden.Stdout)!["objective"]!.GetValue<string>(), Is.EqualTo("total-value"));
    }

    [Test]
    public void Invalid_scenario_is_exit_2_with_located_errors()
    {
        using var folder = new TempFolder();
        var market = JsonNode.Parse(MarketScenarios.JapanKazakhstanJson())!;
        market["offers"]![0]!["annualVolume"]!["amount"] = -5;
        File.WriteAllText(folder.File("bad.json"), market.ToJsonString());

        var run = Tool.RunIn(folder.Path, "match", "bad.json");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Stderr, Does.Match(@"^bad\.json:1:\d+ \$\.offers\[0\]\.annualVolume\.amount: must be greater than 0 \(was -5\)"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Unknown_format_is_a_usage_error()
    {
        var run = Tool.Run("match", "--format", "xml");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
        Assert.That(run.Stderr, Does.Contain("'xml'"));
    }

    [Test]
    public void Csv_without_out_is_a_usage_error()
    {
        var run = Tool.Run("match", "--format", "csv");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString);
        Assert.That(run.Stderr, Does.Contain("needs --out DIR"));
    }

    [Test]
    public void Reports_write_markdown_to_stdout_html_to_a_file_and_csv_to_a_folder()
    {
        using var folder = new TempFolder();

        var md = Tool.Run("match", "--format", "md");
        var html = Tool.RunIn(folder.Path, "match", "--format", "html", "--out", "report.html");
        var csv = Tool.RunIn(folder.Path, "match", "--format", "csv", "--out", "csv");

        Assert.That(md.ExitCode, Is.EqualTo(0), md.ToString);
        Assert.That(html.ExitCode, Is.EqualTo(0), html.ToString);
        Assert.That(csv.ExitCode, Is.EqualTo(0), csv.ToString);
        Assert.Multiple(() =>
        {
            Assert.That(md.Stdout, Does.StartWith("# ").And.Contain("gallium"));
            Assert.That(File.ReadAllText(folder.File("report.html")), Does.StartWith("<!DOCTYPE html>").And.Contain("<svg"));
            Assert.That(
                Directory.GetFiles(folder.File("csv")).Select(Path.GetFileName),
                Is.EquivalentTo(new[] { "proposals.csv", "requirements.csv", "offers.csv", "coverage.csv", "coverage-lists.csv", "offer-years.csv", "requirement-years.csv", "route-years.csv" }));
            Assert.That(csv.Stderr, Does.Contain("Wrote 8 CSV files"));
        });
    }
}
