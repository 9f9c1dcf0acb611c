using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Risk;
using MineralsMatch.Stress;

namespace MineralsMatch.Reporting.Tests;

/// <summary>What-if reports of the embedded market's Caspian closure with a small risk run: HTML (parsed, and in headless Chromium), Markdown and CSV.</summary>
public sealed class WhatIfReportTests
{
    private static readonly Lazy<StressReport> Report = new(() =>
    {
        var scenario = MarketScenarios.JapanKazakhstanScenario();
        var engine = MatchingEngine.Create();
        var sets = scenario.Stress.Where(s => s.Name is "caspian-closed" or "mnso4-price-fall").ToList();
        var report = new StressTester(engine, new Comparison.ScenarioComparer(), MineralCatalog.Default).Run(scenario.Market, sets, scenario.Options);
        var risk = new SupplyRiskAnalyzer(engine, MineralCatalog.Default).Run(scenario.Market, sets, new SupplyRiskOptions { Samples = 40, Seed = 2 }, scenario.Options);
        return report with { Risk = risk };
    });

    [Test]
    public void Html_has_the_delta_table_coverage_before_and_after_lost_flows_and_a_histogram_per_mineral_and_no_script()
    {
        var html = WhatIfHtmlReport.Render(Report.Value);
        var dom = HtmlDocument.Parse(html);

        var delta = dom.QuerySelectorAll("table#delta-caspian-closed tbody tr").Select(r => r.TextContent).ToList();
        var minerals = Report.Value.Outcomes[0].Comparison.Minerals.Count;
        Assert.Multiple(() =>
        {
            Assert.That(delta, Has.Some.Contains("kazatomprom-u3o8 → sumitomo-u3o8").And.Some.Contains("removed"));
            Assert.That(delta, Has.Some.Contains("cn-katpar-khorgos-kobe"));
            Assert.That(dom.QuerySelectorAll("svg#coverage-caspian-closed rect.before"), Has.Length.EqualTo(minerals));
            Assert.That(dom.QuerySelectorAll("svg#coverage-caspian-closed rect.after"), Has.Length.EqualTo(minerals));
            Assert.That(dom.QuerySelectorAll("section#shock-caspian-closed svg#sankey path.link.lost").Select(p => p.GetAttribute("data-source")), Does.Contain("kazatomprom").And.Contain("mc-shymkent-malvesi"));
            Assert.That(dom.QuerySelectorAll("svg#histogram-manganese rect.bin"), Has.Length.EqualTo(MineralRisk.Bins));
            Assert.That(dom.QuerySelectorAll("svg#histogram-manganese rect.bin").Sum(r => int.Parse(r.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(40));
            Assert.That(dom.QuerySelectorAll("table#risk-requirements tbody tr"), Has.Length.EqualTo(Report.Value.Baseline.Requirements.Count));
            Assert.That(html, Does.Not.Contain("<script"));
            Assert.That(dom.QuerySelector("meta[http-equiv=Content-Security-Policy]"), Is.Not.Null);
        });
    }

    [Test]
    public void Markdown_and_csv_carry_the_same_changes()
    {
        var markdown = new StringWriter();
        WhatIfMarkdownReport.Write(Report.Value, markdown);
        var folder = Directory.CreateTempSubdirectory("mm-whatif-").FullName;
        try
        {
            var files = WhatIfCsvReport.WriteDirectory(Report.Value, folder);
            var totals = File.ReadAllLines(Path.Combine(folder, WhatIfCsvReport.TotalsFile));
            Assert.Multiple(() =>
            {
                Assert.That(markdown.ToString(), Does.Contain("## caspian-closed").And.Contain("| kazatomprom-u3o8 → sumitomo-u3o8 | removed |").And.Contain("## Supply risk"));
                Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[]
                {
                    WhatIfCsvReport.ContractsFile, WhatIfCsvReport.RequirementsFile, WhatIfCsvReport.MineralsFile, WhatIfCsvReport.TotalsFile,
                    WhatIfCsvReport.RiskRequirementsFile, WhatIfCsvReport.RiskMineralsFile,
                }));
                Assert.That(totals[0], Is.EqualTo("shock,value_before_usd,value_after_usd,value_change_usd,money_before_usd,money_after_usd,money_change_usd"));
                Assert.That(totals.Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "caspian-closed", "mnso4-price-fall" }));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    [Category("browser")]
    public void The_stress_page_renders_in_headless_chromium_with_its_lost_flows()
    {
        if (!File.Exists(HeadlessChromium.Executable))
        {
            Assert.Ignore($"{HeadlessChromium.Executable} is missing; install it with `apt-get install -y chromium` to run the browser tests.");
        }

        var directory = Directory.CreateTempSubdirectory("mm-whatif-browser-").FullName;
        try
        {
            var page = Path.Combine(directory, "stress.html");
            var png = Path.Combine(directory, "stress.png");
            File.WriteAllText(page, WhatIfHtmlReport.Render(Report.Value));

            HeadlessChromium.Run(page, Path.Combine(directory, "profile-shot"), $"--screenshot={png}");
            var dom = HtmlDocument.Parse(HeadlessChromium.Run(page, Path.Combine(directory, "profile-dom"), "--dump-dom"));

            Assert.That(new FileInfo(png).Length, Is.GreaterThan(10 * 1024), "a painted page, not a blank one");
            Assert.That(dom.QuerySelectorAll("path.link.lost"), Is.Not.Empty);
            Assert.That(dom.QuerySelectorAll("figure.histogram svg"), Has.Length.EqualTo(Report.Value.Risk!.Minerals.Count));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
