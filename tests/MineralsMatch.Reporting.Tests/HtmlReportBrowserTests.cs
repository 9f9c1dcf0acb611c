namespace MineralsMatch.Reporting.Tests;

/// <summary>Renders the report in real headless Chromium: the page must paint, run its script without errors and keep its SVG.</summary>
[Category("browser")]
public sealed class HtmlReportBrowserTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private string _directory = string.Empty;

    [SetUp]
    public void RequireChromium()
    {
        if (!File.Exists(HeadlessChromium.Executable))
        {
            Assert.Ignore($"{HeadlessChromium.Executable} is missing; install it with `apt-get install -y chromium` (CI does) to run the browser tests.");
        }

        _directory = Directory.CreateTempSubdirectory("mm-browser-").FullName;
    }

    [TearDown]
    public void DeleteDirectory()
    {
        if (_directory.Length > 0)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public void Report_renders_to_a_screenshot_and_its_script_counts_every_sankey_link()
    {
        var result = SampleResults.Showcase();
        var page = Path.Combine(_directory, "report.html");
        var png = Path.Combine(_directory, "report.png");
        File.WriteAllText(page, HtmlReport.Render(result));
        var links = HtmlDocument.ExpectedLinks(result);

        HeadlessChromium.Run(page, Path.Combine(_directory, "profile-shot"), $"--screenshot={png}");
        var dom = HtmlDocument.Parse(HeadlessChromium.Run(page, Path.Combine(_directory, "profile-dom"), "--dump-dom"));

        Assert.That(File.Exists(png), Is.True, "screenshot written");
        var bytes = File.ReadAllBytes(png);
        Assert.That(bytes, Has.Length.GreaterThan(10 * 1024), "a painted page, not a blank one");
        Assert.That(bytes.Take(8), Is.EqualTo(PngSignature));
        Assert.That(dom.QuerySelectorAll("svg#sankey path.link"), Has.Length.EqualTo(links));
        Assert.That(dom.Body!.GetAttribute("data-ready"), Is.EqualTo(links.ToString(System.Globalization.CultureInfo.InvariantCulture)), "the inline script ran under the page's CSP");
        TestContext.AddTestAttachment(png, "report rendered by headless Chromium at 1280×2000");
    }
}
