using System.Text;

namespace MineralsMatch.Reporting.Tests;

public sealed class CsvReportTests
{
    private string _directory = string.Empty;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("mm-csv-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static string Render(Action<MatchResult, TextWriter> write, MatchResult result)
    {
        using var writer = new StringWriter();
        write(result, writer);
        return writer.ToString();
    }

    [Test]
    public void Directory_gets_one_file_per_table_and_the_paths_are_returned_in_order()
    {
        var paths = CsvReport.WriteDirectory(SampleResults.Small(), Path.Combine(_directory, "out"));

        Assert.That(paths.Select(Path.GetFileName), Is.EqualTo(new[] { "proposals.csv", "requirements.csv", "offers.csv", "coverage.csv", "coverage-lists.csv", "offer-years.csv", "requirement-years.csv", "route-years.csv" }));
        Assert.That(paths, Is.All.Matches<string>(p => File.Exists(p) && Path.IsPathFullyQualified(p)));
    }

    [Test]
    public void Each_file_has_a_header_and_one_row_per_item()
    {
        var result = SampleResults.Showcase();
        var paths = CsvReport.WriteDirectory(result, _directory);
        var tables = paths.Select(p => CsvTable.Parse(File.ReadAllText(p))).ToArray();

        Assert.That(tables[0].Column("id"), Is.EqualTo(result.Proposals.Select(p => p.Id)));
        Assert.That(tables[1].Column("requirement"), Is.EqualTo(result.Requirements.Select(r => r.Requirement)));
        Assert.That(tables[2].Column("offer"), Is.EqualTo(result.Offers.Select(o => o.Offer)));
        Assert.That(tables[3].Column("mineral"), Is.EqualTo(new[] { "gallium", "manganese" }));
        Assert.That(tables[3].Header, Is.EqualTo(new[]
        {
            "mineral", "lists", "quantity_as_traded", "demand_contained_kg", "met_contained_kg", "demand_met_share", "demand_value_usd", "met_value_usd", "value_met_share",
            "hhi", "top_country", "top_country_share", "baseline_year", "baseline_hhi", "baseline_top_country", "baseline_top_country_share",
        }));
        Assert.That(tables[4].Column("list"), Is.EqualTo(result.Kpis.Lists.Select(l => l.List)));
        Assert.That(tables[4].Header, Is.EqualTo(new[] { "list", "name", "minerals_demanded", "fully_covered", "partly_covered", "not_covered", "mean_demand_met_share" }));
    }

    [Test]
    public void Proposal_rows_carry_volumes_terms_and_money_as_invariant_numbers()
    {
        var table = CsvTable.Parse(Render(CsvReport.WriteProposals, SampleResults.Small()));
        var first = table.Rows[0];

        Assert.That(table.Rows, Has.Count.EqualTo(2));
        Assert.That(first["supplier"], Is.EqualTo("erg"));
        Assert.That(first["buyer"], Is.EqualTo("jogmec"));
        Assert.That(first["annual_volume"], Is.EqualTo("6000"));
        Assert.That(first["unit"], Is.EqualTo("kg"));
        Assert.That(first["base_price_usd"], Is.EqualTo("249.5"));
        Assert.That(first["floor_usd"], Is.EqualTo("200"));
        Assert.That(first["ceiling_usd"], Is.EqualTo("299"));
        Assert.That(first["index_linked"], Is.EqualTo("True"));
        Assert.That(first["annual_turnover_usd"], Is.EqualTo("1497000"));
        Assert.That(first["annual_value_score"], Is.EqualTo("594000"));
        Assert.That(first["value_score_per_unit"], Is.EqualTo("99"));
        Assert.That(first["volume_flexibility"], Is.EqualTo("0"), "offer o1 is sold out: no room above its capacity");
        Assert.That(first["flexibility_limit"], Is.EqualTo("offer o1's capacity in 2026: 10000 kg, against 10000 kg its proposals deliver that year"));
    }

    [Test]
    public void Requirement_rows_carry_unmet_volume_reasons_and_shadow_price()
    {
        var table = CsvTable.Parse(Render(CsvReport.WriteRequirements, SampleResults.Small()));
        var r2 = table.Rows.Single(r => r["requirement"] == "r2");

        Assert.That(r2["target"], Is.EqualTo("8000"));
        Assert.That(r2["met"], Is.EqualTo("4000"));
        Assert.That(r2["unmet"], Is.EqualTo("4000"));
        Assert.That(r2["reason_kinds"], Is.EqualTo("CapacityTaken"));
        Assert.That(r2["reasons"], Does.StartWith("Capacity taken: offer o1 is sold out"));
        Assert.That(table.Rows.Single(r => r["requirement"] == "r1")["shadow_price_usd"], Is.EqualTo("40"));
    }

    [Test]
    public void Formula_names_are_escaped_against_csv_injection()
    {
        var result = SampleResults.Renamed(SampleResults.FormulaName);
        var text = Render(CsvReport.WriteProposals, result);

        Assert.That(text, Does.Contain("\"'=HYPERLINK(\"\"x\"\")\""));
        Assert.That(text, Does.Not.Contain(",=HYPERLINK"));
        Assert.That(CsvTable.Parse(text).Column("supplier"), Is.All.EqualTo("'=HYPERLINK(\"x\")"));
        Assert.That(CsvTable.Parse(Render(CsvReport.WriteOffers, result)).Column("producer"), Is.All.EqualTo("'=HYPERLINK(\"x\")"));
        Assert.That(CsvTable.Parse(Render(CsvReport.WriteCoverage, result)).Column("mineral"), Is.All.EqualTo("'=HYPERLINK(\"x\")"));
    }

    [Test]
    public void Negative_numbers_are_not_mistaken_for_formulas()
    {
        var small = SampleResults.Small();
        var result = small with { Proposals = [.. small.Proposals.Select(p => p with { ValuePerUnit = -5m })] };

        var table = CsvTable.Parse(Render(CsvReport.WriteProposals, result));

        Assert.That(table.Column("value_score_per_unit"), Is.All.EqualTo("-5"));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Numbers_use_a_dot_whatever_the_current_culture()
    {
        var text = Render(CsvReport.WriteCoverage, SampleResults.Small());

        // The test catalog gives gallium-4n no content (as traded). 6,000 kg at 300 and 8,000 kg at 260 wanted; 6,000 and 4,000 met: 2,840,000 of 3,880,000 USD; one supplier country.
        Assert.That(text, Is.EqualTo(
            "mineral,lists,quantity_as_traded,demand_contained_kg,met_contained_kg,demand_met_share,demand_value_usd,met_value_usd,value_met_share,hhi,top_country,top_country_share,baseline_year,baseline_hhi,baseline_top_country,baseline_top_country_share\r\n"
            + "gallium,japan-32,True,14000,10000,0.714286,3880000,2840000,0.731959,10000,KZ,1,,,,\r\n"));
    }

    [Test]
    public void Files_are_utf8_without_byte_order_mark_and_identical_on_rewrite()
    {
        var result = SampleResults.Showcase();
        var first = CsvReport.WriteDirectory(result, _directory).Select(File.ReadAllBytes).ToArray();
        var second = CsvReport.WriteDirectory(result, _directory).Select(File.ReadAllBytes).ToArray();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Select(b => b.AsSpan(0, 3).SequenceEqual(Encoding.UTF8.Preamble)), Is.All.False);
        Assert.That(Encoding.UTF8.GetString(first[0]), Does.Contain("erg-gallium→jogmec-gallium"));
    }
}
