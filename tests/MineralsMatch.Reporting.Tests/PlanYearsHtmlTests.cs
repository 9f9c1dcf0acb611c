using System.Globalization;
using AngleSharp.Dom;
using MineralsMatch.Minerals;

namespace MineralsMatch.Reporting.Tests;

public sealed class PlanYearsHtmlTests
{
    private static IDocument Page() => HtmlDocument.Parse(HtmlReport.Render(PlanYearsSample.Build()));

    private static double Number(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    [Test]
    public void Year_chart_has_one_group_per_year_with_supply_and_demand_bars_in_proportion()
    {
        var chart = Page().QuerySelector("#year-charts svg.year-chart")!;
        var years = chart.QuerySelectorAll("g.year");

        Assert.That(chart.GetAttribute("data-mineral"), Is.EqualTo("gallium"));
        Assert.That(chart.GetAttribute("data-product"), Is.EqualTo("gallium-4n"));
        Assert.That(chart.GetAttribute("data-max"), Is.EqualTo("16000"), "14 t of demand rounds up to four ticks of 4 t");
        Assert.That(years.Select(g => g.GetAttribute("data-year")), Is.EqualTo(new[] { "2026", "2027", "2028" }));
        string Values(string kind) => string.Join(" ", years.Select(g => g.QuerySelector($"rect.{kind}")!.GetAttribute("data-value")));
        Assert.That(Values("capacity"), Is.EqualTo("6000 10000 12000"));
        Assert.That(Values("sold"), Is.EqualTo("6000 10000 10000"));
        Assert.That(Values("demand"), Is.EqualTo("14000 14000 10000"));
        Assert.That(Values("met"), Is.EqualTo("6000 10000 10000"));
        var capacity = years[2].QuerySelector("rect.capacity")!;
        var demand = years[2].QuerySelector("rect.demand")!;
        Assert.That(Number(capacity, "height") / Number(demand, "height"), Is.EqualTo(1.2).Within(0.01), "12 t against 10 t");
        Assert.That(Number(capacity, "y") + Number(capacity, "height"), Is.EqualTo(Number(demand, "y") + Number(demand, "height")).Within(0.01), "bars share the base line");
        Assert.That(Number(capacity, "x") + Number(capacity, "width"), Is.LessThan(Number(demand, "x")), "supply stands left of demand");
    }

    [Test]
    public void Year_chart_has_axis_ticks_year_labels_a_legend_and_tooltips()
    {
        var chart = Page().QuerySelector("svg.year-chart")!;

        Assert.That(chart.QuerySelectorAll("g.axis text.tick").Select(t => t.TextContent), Is.EqualTo(new[] { "0", "4k", "8k", "12k", "16k" }));
        Assert.That(chart.QuerySelectorAll("g.year text.tick").Select(t => t.TextContent), Is.EqualTo(new[] { "2026", "2027", "2028" }));
        Assert.That(chart.QuerySelectorAll("g.legend text").Select(t => t.TextContent), Is.EqualTo(new[] { "Supply capacity", "Sold", "Demand", "Met" }));
        Assert.That(chart.QuerySelector("g.year rect.met title")!.TextContent, Is.EqualTo("2026: met 6,000 of 14,000 kg demand"));
        Assert.That(chart.QuerySelector("text.sub")!.TextContent, Is.EqualTo("kg per year"));
    }

    [Test]
    public void Plan_card_shows_optimality_gap_horizon_and_planner()
    {
        var card = Page().QuerySelector("#kpi-plan")!;

        Assert.That(card.QuerySelector(".value")!.TextContent, Is.EqualTo("approximate"));
        Assert.That(card.QuerySelector(".sub")!.TextContent, Is.EqualTo("gap 1.25 % to bound · 2026–2028 · network-simplex-by-year"));
    }

    [Test]
    public void Offer_year_cells_show_used_over_capacity_and_explain_unused_capacity()
    {
        var page = Page();
        var cells = page.QuerySelectorAll("#offer-years-table tbody td");

        Assert.That(cells.Select(c => c.TextContent), Is.EqualTo(new[] { "o1", "kg", "6,000 / 6,000", "10,000 / 10,000", "10,000 / 12,000" }));
        Assert.That(cells[2].GetAttribute("title"), Is.Null);
        Assert.That(cells[4].GetAttribute("title"), Is.EqualTo("unused 2,000 kg: the requirements it can serve are fully supplied in this year"));
        Assert.That(page.QuerySelectorAll("#route-years-table tbody tr").Select(r => r.TextContent), Is.EqualTo(new[] { "direct644", "kz-rail0 / 206 / 206 / 20" }));
        Assert.That(page.QuerySelectorAll("#proposal-years-table tbody tr")[1].Children.Select(c => c.TextContent), Is.EqualTo(new[] { "erg\n→ hitachi", "kg", "–", "4,000", "4,000" }));
    }

    [Test]
    public void A_hostile_product_id_is_escaped_in_the_chart()
    {
        var result = PlanYearsSample.Build();
        result = result with { Offers = [result.Offers[0] with { Product = SampleResults.HostileName }] };
        var html = HtmlReport.Render(result);
        var charts = HtmlDocument.Parse(html).QuerySelectorAll("svg.year-chart");

        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(charts.Select(c => c.GetAttribute("data-product")), Has.Some.Contains(SampleResults.HostileName));
    }

    [Test]
    public void Year_chart_is_per_mineral_adding_its_forms_quoted_in_one_unit()
    {
        var result = PlanYearsSample.Build();
        result = result with { Requirements = [result.Requirements[0], result.Requirements[1] with { Product = "gallium-6n" }] };
        var charts = HtmlDocument.Parse(HtmlReport.Render(result)).QuerySelectorAll("svg.year-chart");

        Assert.That(charts, Has.Length.EqualTo(1), "4N and 6N gallium, both in kg, share the gallium chart");
        Assert.That(charts[0].GetAttribute("data-mineral"), Is.EqualTo("gallium"));
        Assert.That(charts[0].GetAttribute("data-product"), Is.EqualTo("gallium-4n, gallium-6n"));
        Assert.That(string.Join(" ", charts[0].QuerySelectorAll("g.year rect.demand").Select(r => r.GetAttribute("data-value"))), Is.EqualTo("14000 14000 10000"), "both requirements' demand is added");
    }

    [Test]
    public void Year_chart_keeps_forms_quoted_in_different_units_apart()
    {
        var result = PlanYearsSample.Build();
        result = result with { Requirements = [result.Requirements[0], result.Requirements[1] with { Product = "gallium-ore", Target = Quantity.Tonnes(8m), Years = [.. result.Requirements[1].Years.Select(y => y with { Demand = Quantity.Tonnes(y.Demand.Amount / 1000m), Met = Quantity.Tonnes(y.Met.Amount / 1000m) })] }] };
        var charts = HtmlDocument.Parse(HtmlReport.Render(result)).QuerySelectorAll("svg.year-chart");

        Assert.That(charts.Select(c => (c.GetAttribute("data-mineral"), c.GetAttribute("data-unit"))), Is.EqualTo(new[] { ("gallium", "kg"), ("gallium", "t") }));
    }
}
