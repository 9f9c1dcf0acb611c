namespace MineralsMatch.Reporting.Tests;

public sealed class PlanYearsCsvTests
{
    private static CsvTable Render(Action<MatchResult, TextWriter> write)
    {
        using var writer = new StringWriter();
        write(PlanYearsSample.Build(), writer);
        return CsvTable.Parse(writer.ToString());
    }

    [Test]
    public void Offer_years_have_one_row_per_offer_and_year_and_say_why_capacity_stays_unused()
    {
        var table = Render(CsvReport.WriteOfferYears);

        Assert.That(table.Header, Is.EqualTo(new[] { "offer", "product", "year", "capacity", "used", "unused", "unit", "why" }));
        Assert.That(table.Rows.Select(r => $"{r["offer"]} {r["year"]} {r["capacity"]} {r["used"]} {r["unused"]} {r["unit"]}"), Is.EqualTo(new[]
        {
            "o1 2026 6000 6000 0 kg",
            "o1 2027 10000 10000 0 kg",
            "o1 2028 12000 10000 2000 kg",
        }));
        Assert.That(table.Column("why"), Is.EqualTo(new[] { string.Empty, string.Empty, "the requirements it can serve are fully supplied in this year" }));
    }

    [Test]
    public void Requirement_years_give_demand_met_and_unmet_per_year()
    {
        var table = Render(CsvReport.WriteRequirementYears);

        Assert.That(table.Header, Is.EqualTo(new[] { "requirement", "product", "year", "demand", "met", "unmet", "unit" }));
        Assert.That(table.Rows.Where(r => r["requirement"] == "r2").Select(r => $"{r["year"]} {r["demand"]} {r["met"]} {r["unmet"]}"), Is.EqualTo(new[]
        {
            "2026 8000 0 8000",
            "2027 8000 4000 4000",
            "2028 4000 4000 0",
        }));
        Assert.That(table.Rows, Has.Count.EqualTo(6));
    }

    [Test]
    public void Route_years_give_tonnes_against_shared_capacity_and_leave_capacity_empty_without_one()
    {
        var table = Render(CsvReport.WriteRouteYears);

        Assert.That(table.Header, Is.EqualTo(new[] { "route", "shared", "year", "capacity_t", "used_t" }));
        Assert.That(table.Rows.Select(r => $"{r["route"]} {r["shared"]} {r["year"]} [{r["capacity_t"]}] {r["used_t"]}"), Is.EqualTo(new[]
        {
            "direct False 2026 [] 6",
            "direct False 2027 [] 4",
            "direct False 2028 [] 4",
            "kz-rail True 2026 [20] 0",
            "kz-rail True 2027 [20] 6",
            "kz-rail True 2028 [20] 6",
        }));
    }

    [Test]
    public void A_formula_in_a_route_id_is_written_as_text()
    {
        var result = PlanYearsSample.Build();
        result = result with { Routes = [result.Routes[1] with { Route = SampleResults.FormulaName }] };
        using var writer = new StringWriter();
        CsvReport.WriteRouteYears(result, writer);

        Assert.That(CsvTable.Parse(writer.ToString()).Column("route"), Is.All.EqualTo("'" + SampleResults.FormulaName));
    }
}
