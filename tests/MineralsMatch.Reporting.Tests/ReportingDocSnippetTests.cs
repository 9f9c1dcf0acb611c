using MineralsMatch.Markets;

namespace MineralsMatch.Reporting.Tests;

/// <summary>The C# block of docs/reporting.md, compiled and run (the docs test checks the text is the same).</summary>
public sealed class ReportingDocSnippetTests
{
    private static IReadOnlyList<string> WriteReports(IMatchingEngine engine, Market market)
    {
        // snippet: reporting
        MatchResult result = engine.Match(market);

        File.WriteAllText("report.md", MarkdownReport.Render(result));

        IReadOnlyList<string> files = CsvReport.WriteDirectory(result, "report-csv");

        File.WriteAllText("report.html", HtmlReport.Render(result, new HtmlReportOptions { Title = "Gallium 2026" }));
        // end snippet
        return files;
    }

    [Test]
    [NonParallelizable]
    public void Reporting_snippet_writes_markdown_csv_and_html()
    {
        var directory = Directory.CreateTempSubdirectory("mm-report-doc-").FullName;
        var original = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            var files = WriteReports(Matching.MatchingEngine.Create(), MarketScenarios.JapanKazakhstan());

            Assert.That(File.ReadAllText("report.md"), Does.Contain("gallium"));
            Assert.That(files.Select(Path.GetFileName), Is.EquivalentTo(new[] { "proposals.csv", "requirements.csv", "offers.csv", "coverage.csv", "coverage-lists.csv", "offer-years.csv", "requirement-years.csv", "route-years.csv" }));
            Assert.That(File.ReadAllText("report.html"), Does.Contain("Gallium 2026").And.Contain("<svg"));
        }
        finally
        {
            Environment.CurrentDirectory = original;
            Directory.Delete(directory, recursive: true);
        }
    }
}
