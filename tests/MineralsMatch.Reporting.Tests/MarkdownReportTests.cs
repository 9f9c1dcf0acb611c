using System.Text.RegularExpressions;

namespace MineralsMatch.Reporting.Tests;

public sealed class MarkdownReportTests
{
    private static string[] Section(string markdown, string heading)
    {
        var lines = markdown.Split('\n');
        var start = Array.IndexOf(lines, $"## {heading}");
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"section {heading}");
        return [.. lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))];
    }

    private static string[] TableRows(string[] section) => [.. section.Where(l => l.StartsWith('|')).Skip(2)];

    [Test]
    public void Headline_shows_the_kpis_of_the_small_market()
    {
        var markdown = MarkdownReport.Render(SampleResults.Small());

        Assert.That(markdown, Does.StartWith("# MineralsMatch report: small\n"));
        Assert.That(TableRows(Section(markdown, "Headline")), Is.SupersetOf(new[]
        {
            "| Proposals | 2 |",
            "| Annual turnover (money, at base prices) | 2,415,000 USD |",                             // 6 000 kg × 249.5 + 4 000 kg × 229.5
            "| Annual landed cost (money) | 2,010,000 USD |",                                          // 10 000 kg × 201
            "| Annual value score (with bonuses and penalties; not money) | 830,000 (USD units) |",   // 6 000 kg × 99 + 4 000 kg × 59
            "| Minerals | 1 demanded: 0 fully, 1 partly, 0 not covered |",
            "| Mean share of demand met, over demanded minerals | 71.4 % |",
            "| japan-32 | 1 | 0 | 1 | 0 | 71.4 % |",
        }));
        Assert.That(markdown, Does.Not.Contain("Overall coverage").And.Not.Contain("Total annual value"));
    }

    [Test]
    public void Kpis_by_mineral_name_the_lists_coverage_by_quantity_and_value_and_concentration()
    {
        var rows = TableRows(Section(MarkdownReport.Render(SampleResults.Small()), "KPIs by mineral"));

        // 2,840,000 of 3,880,000 USD at the bids; one supplier country (KZ), no baseline in this market.
        Assert.That(rows, Is.EqualTo(new[] { "| gallium † | japan-32 | 14,000 | 10,000 | 71.4 % | 73.2 % | 10,000 | KZ 100.0 % | – |" }));
    }

    [Test]
    public void Proposals_table_has_one_row_per_proposal_with_terms()
    {
        var section = Section(MarkdownReport.Render(SampleResults.Small()), "Proposals");
        var rows = TableRows(section);

        // Offer o1 sells all 10,000 kg, so neither band can reach above its volume: both are narrowed to ±0 % and starred.
        Assert.That(rows, Is.EqualTo(new[]
        {
            "| erg → jogmec | gallium-4n | 6,000 kg | ±0 % \\* | 2026 | 10 yr | direct | FCA | 249.5 USD/kg | 200 – 299 USD/kg | pair | 259 – 299 USD/kg | yes (gallium-4n price assessment, FCA origin) | 99 USD/kg |",
            "| erg → hitachi | gallium-4n | 4,000 kg | ±0 % \\* | 2026 | 10 yr | direct | FCA | 229.5 USD/kg | 200 – 259 USD/kg | pair | 259 – 259 USD/kg | yes (gallium-4n price assessment, FCA origin) | 59 USD/kg |",
        }));
        Assert.That(section, Does.Contain("- erg → jogmec, gallium-4n: offer o1's capacity in 2026: 10000 kg, against 10000 kg its proposals deliver that year"), "what narrowed the band");
    }

    [Test]
    public void A_band_at_the_runs_option_is_shown_without_a_star_or_a_note()
    {
        var result = SampleResults.Small();
        var proposals = result.Proposals.Select(p => p with { Terms = p.Terms with { VolumeFlexibility = 0.1m, FlexibilityLimit = null } }).ToList();
        var section = Section(MarkdownReport.Render(result with { Proposals = proposals }), "Proposals");

        Assert.That(TableRows(section).Select(r => r.Split(" | ")[3]), Is.All.EqualTo("±10 %"));
        Assert.That(section, Has.None.Contains("narrowed"));
    }

    [Test]
    public void Unmet_demand_lists_the_short_requirement_with_reason_shadow_price_and_the_bid_that_would_serve_it()
    {
        var rows = TableRows(Section(MarkdownReport.Render(SampleResults.Small()), "Unmet demand"));

        Assert.That(rows, Has.Length.EqualTo(1));
        Assert.That(rows[0], Does.StartWith("| r2 | hitachi | gallium-4n | 8,000 kg | 4,000 kg | 0 USD/kg | 300 USD/kg for 4,000 kg (o1) | Capacity taken: offer o1 is sold out"));
    }

    [Test]
    public void Unsold_supply_lists_offers_left_over_with_reasons()
    {
        var markdown = MarkdownReport.Render(SampleResults.Showcase());
        var rows = TableRows(Section(markdown, "Unsold supply"));

        Assert.That(rows.Select(r => r.Split(" | ")[0]), Is.EqualTo(new[] { "| cn-gallium", "| erg-gallium" }));
        Assert.That(rows[0], Does.Contain("| 40,000 kg | 28,000 kg |").And.Contain("Excluded: requirement jogmec-gallium will not buy from suppliers in CN"));
        Assert.That(Section(MarkdownReport.Render(SampleResults.Small()), "Unsold supply"), Does.Contain("Every offer is sold out."));
    }

    [Test]
    public void Solver_statistics_are_reported()
    {
        var rows = TableRows(Section(MarkdownReport.Render(SampleResults.Small()), "Solver statistics"));

        Assert.That(rows, Does.Contain("| Status | Optimal |").And.Contain("| Solver | network-simplex |").And.Contain("| Candidate pairings | 2 |"));
    }

    [Test]
    public void Hostile_names_are_escaped_and_cannot_add_columns()
    {
        var markdown = MarkdownReport.Render(SampleResults.Renamed(SampleResults.HostileName + " | x"));

        Assert.That(markdown, Does.Not.Contain("<script>"));
        Assert.That(markdown, Does.Contain("\\<script\\>alert(1)\\</script\\> \\& \"Co\" \\| x"));
        foreach (var row in TableRows(Section(markdown, "Proposals")))
        {
            Assert.That(Regex.Count(row, @"(?<!\\)\|"), Is.EqualTo(15), $"14 columns: {row}");
        }
    }

    [Test]
    public void Empty_market_says_so_in_every_section()
    {
        var markdown = MarkdownReport.Render(SampleResults.Empty());

        Assert.That(markdown, Does.Contain("No contract is proposed.").And.Contain("Every requirement is fully met.").And.Contain("No demand in this market."));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Numbers_are_invariant_whatever_the_current_culture()
    {
        var markdown = MarkdownReport.Render(SampleResults.Small());

        Assert.That(markdown, Does.Contain("| 249.5 USD/kg |").And.Contain("2,415,000 USD").And.Contain("830,000 (USD units)").And.Contain("71.4 %"));
    }

    [Test]
    public void Rendering_twice_gives_the_same_text_and_write_matches_render()
    {
        var result = SampleResults.Showcase();
        using var writer = new StringWriter();
        MarkdownReport.Write(result, writer);

        Assert.That(MarkdownReport.Render(result), Is.EqualTo(MarkdownReport.Render(SampleResults.Showcase())));
        Assert.That(writer.ToString(), Is.EqualTo(MarkdownReport.Render(result)));
        Assert.That(writer.ToString(), Does.Not.Contain("\r"));
    }

    [Test]
    public void Parties_table_names_every_party_of_the_result()
    {
        var result = SampleResults.Small();

        var rows = TableRows(Section(MarkdownReport.Render(result), "Parties"));

        Assert.That(rows, Has.Length.EqualTo(result.Parties.Count).And.Length.GreaterThan(0));
        Assert.That(rows[0], Is.EqualTo($"| {result.Parties[0].Id} | {result.Parties[0].Name} | {result.Parties[0].Country} |"));
    }
}
