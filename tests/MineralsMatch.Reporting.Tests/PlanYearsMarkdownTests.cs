namespace MineralsMatch.Reporting.Tests;

public sealed class PlanYearsMarkdownTests
{
    private static string[] Lines() => MarkdownReport.Render(PlanYearsSample.Build()).Split('\n');

    private static string[] Table(string[] lines, string heading)
    {
        var start = Array.IndexOf(lines, heading);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        return [.. lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))];
    }

    [Test]
    public void Plan_by_year_has_one_column_per_year_for_proposals_offers_requirements_and_routes()
    {
        var lines = Lines();

        Assert.That(Table(lines, "### Deliveries per proposal"), Is.EqualTo(new[]
        {
            "| Supplier → buyer | Product | Unit | 2026 | 2027 | 2028 |",
            "|---|---|---|---:|---:|---:|",
            "| erg → jogmec | gallium-4n | kg | 6,000 | 6,000 | 6,000 |",
            "| erg → hitachi | gallium-4n | kg | – | 4,000 | 4,000 |",
        }));
        Assert.That(Table(lines, "### Offers: used / capacity").Skip(2), Is.EqualTo(new[] { "| o1 | kg | 6,000 / 6,000 | 10,000 / 10,000 | 10,000 / 12,000 |" }));
        Assert.That(Table(lines, "### Requirements: met / demand").Skip(2), Is.EqualTo(new[]
        {
            "| r1 | kg | 6,000 / 6,000 | 6,000 / 6,000 | 6,000 / 6,000 |",
            "| r2 | kg | 0 / 8,000 | 4,000 / 8,000 | 4,000 / 4,000 |",
        }));
        Assert.That(Table(lines, "### Routes: tonnes used / shared capacity").Skip(2), Is.EqualTo(new[]
        {
            "| direct | 6 | 4 | 4 |",
            "| kz-rail | 0 / 20 | 6 / 20 | 6 / 20 |",
        }));
    }

    [Test]
    public void Plan_quality_is_stated_in_the_headline_the_section_and_the_solver_table()
    {
        var lines = Lines();

        Assert.That(lines, Does.Contain("| Plan | approximate (gap 1.25 %), 2026–2028 |"));
        Assert.That(lines, Does.Contain("Horizon 2026–2028 · planner network-simplex-by-year · approximate (gap 1.25 %)."));
        Assert.That(lines, Is.SupersetOf(new[]
        {
            "| Planner | network-simplex-by-year |",
            "| Optimality | approximate (gap 1.25 %) |",
            "| Gap to bound | 1.25 % |",
            "| Plan bound | 1,012.5 |",
            "| Horizon | 2026–2028 |",
        }));
    }

    [Test]
    public void A_result_without_years_says_so_instead_of_empty_tables()
    {
        var markdown = MarkdownReport.Render(SampleResults.Empty());

        Assert.That(markdown, Does.Contain("## Plan by year\n\n"));
        Assert.That(markdown, Does.Contain("No per-year figures in this result.\n"));
    }
}
