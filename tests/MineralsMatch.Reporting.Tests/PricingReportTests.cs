using MineralsMatch.Matching;

namespace MineralsMatch.Reporting.Tests;

/// <summary>
/// Every report format shows which policy set each price, each contract's negotiation range, and a stable plan's certificate.
/// The small market: one offer of 10 t at 200 USD/kg, buyers valuing it at 99 (jogmec) and 59 (hitachi, left 4 t short), so the
/// competitive price is 259 for both; jogmec's range is 259–299 (its own value caps it), hitachi's 259–259.
/// </summary>
public sealed class PricingReportTests
{
    private static MatchingOptions Plain => new() { PriorityPremiumPerLevel = 0m, RiskAversion = 0m };

    [Test]
    public void Markdown_shows_the_policy_and_the_negotiation_range_of_each_contract()
    {
        var markdown = MarkdownReport.Render(SampleResults.Small(Plain with { Pricing = PricingPolicy.Core }));

        Assert.That(markdown, Does.Contain("| FCA | 259 USD/kg | 200 – 299 USD/kg | core | 259 – 299 USD/kg |"));
        Assert.That(markdown, Does.Contain("| FCA | 259 USD/kg | 200 – 259 USD/kg | core | 259 – 259 USD/kg |"));
        Assert.That(markdown, Does.Not.Contain("## Stability"));
    }

    [Test]
    public void Markdown_shows_the_stability_certificate_of_a_stable_plan()
    {
        var markdown = MarkdownReport.Render(SampleResults.Small(Plain with { Objective = MatchObjective.Stable }));

        Assert.That(markdown, Does.Contain("Objective: stable."));
        Assert.That(markdown, Does.Contain("## Stability"));
        Assert.That(markdown, Does.Contain("| Pairs checked for blocking | 2 |").And.Contain("| Blocking pairs found | 0 |"));
        Assert.That(markdown, Does.Contain("| Value score of the stable plan /yr | 830,000 (USD units) |").And.Contain("| Price of stability | 1.0000 |"));
    }

    [Test]
    public void Csv_carries_policy_walk_away_prices_and_a_stability_file()
    {
        using var writer = new StringWriter();
        var result = SampleResults.Small(Plain with { Objective = MatchObjective.Stable });
        CsvReport.WriteProposals(result, writer);
        var first = CsvTable.Parse(writer.ToString()).Rows[0];
        using var stability = new StringWriter();
        CsvReport.WriteStability(result, stability);

        Assert.That(first["pricing"], Is.EqualTo("pair"));
        Assert.That(first["seller_walk_away_usd"], Is.EqualTo("259"));
        Assert.That(first["buyer_walk_away_usd"], Is.EqualTo("299"));
        Assert.That(stability.ToString(), Is.EqualTo("pairs_checked,blocking_pairs,stable_value_score,optimal_value_score,price_of_stability\r\n2,0,830000,830000,1\r\n"));
    }

    [Test]
    public void Html_shows_the_policy_range_and_certificate()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Small(Plain with { Objective = MatchObjective.Stable })));

        var row = document.QuerySelectorAll("#proposals-table tbody tr")[0];
        Assert.That(row.Children[8].TextContent, Is.EqualTo("pair"));
        Assert.That(row.Children[9].TextContent, Is.EqualTo("259 – 299 USD/kg"));
        var certificate = document.QuerySelectorAll("#stability-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.That(certificate, Has.Some.Contains("Blocking pairs found").And.Some.Contains("Price of stability1.0000"));
    }
}
