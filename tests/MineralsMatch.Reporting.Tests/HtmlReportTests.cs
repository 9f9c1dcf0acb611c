using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using MineralsMatch.Formatting;

namespace MineralsMatch.Reporting.Tests;

public sealed class HtmlReportTests
{
    private static readonly string[] ResourceAttributes = ["src", "href", "xlink:href", "srcset", "action", "formaction", "poster", "data", "background", "ping"];

    [Test]
    public void Proposals_table_has_one_row_per_proposal()
    {
        var result = SampleResults.Showcase();
        var document = HtmlDocument.Parse(HtmlReport.Render(result));

        var rows = document.QuerySelectorAll("#proposals-table tbody tr");

        Assert.That(rows, Has.Length.EqualTo(result.Proposals.Count).And.Length.EqualTo(5));
        Assert.That(rows[0].Children[0].TextContent, Is.EqualTo("cn-gallium-producer\n→ hitachi"));
        Assert.That(rows[0].Children[10].GetAttribute("title"), Is.EqualTo(result.Proposals[0].Terms.Index), "the index name is the tooltip");
        var terms = result.Proposals[0].Terms;
        Assert.That(rows[0].Children[3].TextContent, Is.EqualTo(ReadableNumbers.Band(terms.VolumeFlexibility)));
        Assert.That(
            rows[0].Children[3].GetAttribute("title"),
            Is.EqualTo(terms.FlexibilityLimit is { } limit ? $"Narrowed to fit the {limit}" : "The run's volume flexibility"),
            "what narrowed the band is the tooltip");
        var supplier = result.Parties.Single(p => p.Id == result.Proposals[0].Supplier);
        var buyer = result.Parties.Single(p => p.Id == result.Proposals[0].Buyer);
        Assert.That(rows[0].Children[0].GetAttribute("title"), Is.EqualTo($"{supplier.Name} ({supplier.Country}) → {buyer.Name} ({buyer.Country})"), "party names are the tooltip");
    }

    [Test]
    public void Title_market_and_kpi_cards_are_shown()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Small(), new HtmlReportOptions { Title = "Gallium 2026" }));

        Assert.That(document.Title, Is.EqualTo("Gallium 2026: small"));
        Assert.That(document.QuerySelector("h1")!.TextContent, Is.EqualTo("Gallium 2026"));
        Assert.That(document.QuerySelector("#market strong")!.TextContent, Is.EqualTo("small"));
        string Card(string id) => document.QuerySelector($"#kpi-{id} .value")!.TextContent;
        Assert.That(
            new[] { Card("proposals"), Card("turnover"), Card("landed-cost"), Card("value-score"), Card("coverage"), Card("minerals") },
            Is.EqualTo(new[] { "2", "2,415,000", "2,010,000", "830,000", "71.4 %", "0 of 1" }));
        Assert.That(document.QuerySelector("#kpi-value-score .sub")!.TextContent, Does.Contain("not money"));
        Assert.That(document.QuerySelector("#kpi-turnover .sub")!.TextContent, Does.StartWith("money"));
    }

    [Test]
    public void Coverage_chart_has_one_bar_per_mineral_and_a_badge_naming_its_list()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Showcase()));

        var rows = document.QuerySelectorAll("#coverage-chart g.coverage-row");

        Assert.That(rows, Has.Length.EqualTo(2));
        Assert.That(rows.Select(r => r.QuerySelector("text.label")!.TextContent), Is.EqualTo(new[] { "gallium", "manganese" }));
        Assert.That(rows.Select(r => r.QuerySelector("text.badge")?.TextContent), Is.EqualTo(new[] { "japan-32", null }));
        var widths = rows.Select(r => double.Parse(r.QuerySelector("rect.bar")!.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.That(widths[0] / widths[1], Is.EqualTo((26_000.0 / 28_000) / (50_000.0 / 70_000)).Within(0.01), "bar lengths follow coverage");
    }

    [Test]
    public void Kpi_tables_show_each_mineral_and_each_list()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Showcase()));

        var minerals = document.QuerySelectorAll("#minerals-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToArray();
        var lists = document.QuerySelectorAll("#lists-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(minerals.Select(r => r[0]), Is.EqualTo(new[] { "gallium †", "manganese" }), "the report catalog gives gallium-4n no content");
            Assert.That(document.QuerySelectorAll("#coverage p.note").Select(p => p.TextContent), Has.Some.StartWith("† a product of this mineral has no content"));
            Assert.That(minerals[0][1], Is.EqualTo("japan-32"));
            Assert.That(minerals[0][4], Is.EqualTo("92.9 %"), "26,000 of 28,000 kg");
            Assert.That(lists, Is.EqualTo(new[] { "japan-32" }));
        });
    }

    [Test]
    public void Sankey_has_one_link_per_producer_route_and_route_buyer_flow()
    {
        var result = SampleResults.Showcase();
        var document = HtmlDocument.Parse(HtmlReport.Render(result));

        var links = document.QuerySelectorAll("svg#sankey path.link");

        Assert.That(links, Has.Length.EqualTo(HtmlDocument.ExpectedLinks(result)).And.Length.EqualTo(9));
        var pairs = links.Select(l => (l.GetAttribute("data-source"), l.GetAttribute("data-target"))).ToArray();
        Assert.That(pairs, Does.Contain(("erg", "air-pavlodar-narita")).And.Contain(("air-pavlodar-narita", "mitsubishi-corporation-rtm-japan")));
        Assert.That(pairs, Is.Unique);
    }

    [Test]
    public void Sankey_link_widths_are_proportional_to_annual_value()
    {
        var result = SampleResults.Showcase();
        var links = HtmlDocument.Parse(HtmlReport.Render(result)).QuerySelectorAll("svg#sankey path.link");
        double Number(IElement link, string name) => double.Parse(link.GetAttribute(name)!, CultureInfo.InvariantCulture);

        var visible = links.Where(l => Number(l, "stroke-width") > 2).ToList();
        var ratios = visible.Select(l => Number(l, "stroke-width") / Number(l, "data-value")).ToList();

        Assert.That(visible, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(ratios, Is.All.EqualTo(ratios[0]).Within(0.5).Percent);
        var fromProducers = links.Where(l => result.Proposals.Any(p => p.Supplier == l.GetAttribute("data-source"))).Sum(l => Number(l, "data-value"));
        Assert.That(fromProducers, Is.EqualTo((double)result.Kpis.AnnualTurnoverUsd).Within(1), "producer links carry the whole turnover");
    }

    [Test]
    public void Sankey_links_have_tooltips_naming_supplier_route_buyer_value_and_volume()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Showcase()));

        var link = document.QuerySelectorAll("svg#sankey path.link").Single(l => l.GetAttribute("data-source") == "air-pavlodar-narita");
        var lines = link.QuerySelector("title")!.TextContent.Split('\n');

        Assert.That(lines, Is.EqualTo(new[]
        {
            "air-pavlodar-narita → mitsubishi-corporation-rtm-japan",
            "Supplier: erg",
            "Route: air-pavlodar-narita",
            "Buyer: mitsubishi-corporation-rtm-japan",
            "Value: 1,576,500 USD/yr at base price", // 6 000 kg × 262.75 USD/kg
            "Volume: 6,000 kg/yr",
        }));
    }

    [Test]
    public void Sankey_nodes_have_labels_and_the_svg_has_a_size_and_view_box()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Showcase()));
        var svg = document.QuerySelector("svg#sankey")!;

        Assert.That(svg.GetAttribute("width"), Is.EqualTo("1200"));
        Assert.That(svg.GetAttribute("viewBox"), Is.EqualTo($"0 0 1200 {svg.GetAttribute("height")}"));
        Assert.That(double.Parse(svg.GetAttribute("height")!, CultureInfo.InvariantCulture), Is.GreaterThan(200));
        Assert.That(svg.QuerySelectorAll("g.node.producer text.label").Select(t => t.TextContent), Is.EquivalentTo(new[] { "erg", "cn-gallium-producer", "taza-metal-technologies" }));
        Assert.That(svg.QuerySelectorAll("g.node.route"), Has.Length.EqualTo(4));
        Assert.That(svg.QuerySelectorAll("g.node.buyer"), Has.Length.EqualTo(5));
        Assert.That(document.QuerySelectorAll("svg").Select(s => s.GetAttribute("viewBox")), Is.All.Not.Null);
    }

    [Test]
    public void Page_loads_no_external_resources()
    {
        var html = HtmlReport.Render(SampleResults.Showcase());
        var document = HtmlDocument.Parse(html);

        var loading = document.All.Where(e => ResourceAttributes.Any(e.HasAttribute)).Select(e => e.OuterHtml).ToList();

        Assert.That(loading, Is.Empty);
        Assert.That(document.QuerySelectorAll("link, img, iframe, object, embed, video, audio, source, base, form"), Is.Empty);
        Assert.That(document.QuerySelectorAll("script").Select(s => s.HasAttribute("src")), Is.EqualTo(new[] { false }));
        Assert.That(document.QuerySelector("style")!.TextContent, Does.Not.Contain("url(").And.Not.Contain("@import"));
    }

    [Test]
    public void Content_security_policy_forbids_remote_loads_and_allows_only_the_inline_style_and_script_by_hash()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Small()));
        string Hash(string text) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + "'";

        var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");

        Assert.That(csp, Does.StartWith("default-src 'none';"));
        Assert.That(csp, Does.Contain($"style-src {Hash(document.QuerySelector("style")!.TextContent)};"));
        Assert.That(csp, Does.Contain($"script-src {Hash(document.QuerySelector("script")!.TextContent)};"));
        Assert.That(csp, Does.Not.Contain("unsafe").And.Not.Contain("http"));
        Assert.That(document.Head!.FirstElementChild!.GetAttribute("charset"), Is.EqualTo("utf-8"));
    }

    [Test]
    public void Without_the_ready_script_the_page_has_no_script_at_all()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Small(), new HtmlReportOptions { IncludeReadyScript = false }));

        Assert.That(document.QuerySelectorAll("script"), Is.Empty);
        Assert.That(document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), Does.Contain("script-src 'none'"));
    }

    [Test]
    public void Hostile_party_names_appear_escaped_and_add_no_element()
    {
        var hostile = HtmlReport.Render(SampleResults.Renamed(SampleResults.HostileName));
        var benign = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Renamed("plain-name")));
        var document = HtmlDocument.Parse(hostile);

        Assert.That(hostile, Does.Not.Contain("<script>alert"));
        Assert.That(hostile, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
        Assert.That(document.All.Select(e => e.LocalName), Is.EqualTo(benign.All.Select(e => e.LocalName)), "same elements as with a plain name");
        Assert.That(document.QuerySelectorAll("script"), Has.Length.EqualTo(1));
        Assert.That(document.QuerySelector("#market strong")!.TextContent, Is.EqualTo(SampleResults.HostileName));
        Assert.That(document.QuerySelector("#proposals-table tbody td")!.TextContent, Does.StartWith(SampleResults.HostileName));
        Assert.That(document.QuerySelectorAll("svg#sankey path.link").Select(l => l.GetAttribute("data-source")), Does.Contain(SampleResults.HostileName));
    }

    [Test]
    public void Long_names_are_shortened_in_labels_but_kept_whole_in_tooltips()
    {
        var name = new string('x', 50);
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Renamed(name)));

        var producer = document.QuerySelector("svg#sankey g.node.producer")!;

        Assert.That(producer.QuerySelector("text.label")!.TextContent, Is.EqualTo(new string('x', 31) + "…"));
        Assert.That(producer.QuerySelector("title")!.TextContent, Does.StartWith(name + "\n"));
    }

    [Test]
    public void Unmet_and_unsold_tables_list_reasons_shadow_prices_and_the_price_at_which_more_would_trade()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Showcase()));

        var unmet = document.QuerySelectorAll("#unmet-table tbody tr");
        var unsold = document.QuerySelectorAll("#unsold-table tbody tr");

        Assert.That(unmet.Select(r => r.Children[0].TextContent), Is.EqualTo(new[] { "shin-etsu-gallium-6n", "toyota-tsusho-mnso4" }));
        Assert.That(unmet[1].Children[4].TextContent, Is.EqualTo("20,000 t"));
        Assert.That(unmet[1].Children[5].TextContent, Is.EqualTo("0 USD/t"));
        Assert.That(unmet[1].Children[6].TextContent, Is.EqualTo("1,700 USD/t for 20,000 t (taza-mnso4)"), "the bid at which it would be served");
        Assert.That(unmet[1].Children[7].TextContent, Does.StartWith("Capacity taken:"));
        Assert.That(unmet[0].Children[7].TextContent.Split('\n'), Has.Length.EqualTo(2), "one line per reason");
        Assert.That(unsold.Select(r => r.Children[0].TextContent), Is.EqualTo(new[] { "cn-gallium", "erg-gallium" }));
    }

    [Test]
    public void Empty_market_renders_notes_instead_of_a_diagram()
    {
        var document = HtmlDocument.Parse(HtmlReport.Render(SampleResults.Empty()));

        Assert.That(document.QuerySelector("svg#sankey"), Is.Null);
        Assert.That(document.QuerySelector("#sankey-empty"), Is.Not.Null);
        Assert.That(document.QuerySelector("#proposals-table"), Is.Null);
        Assert.That(document.QuerySelector("#kpi-proposals .value")!.TextContent, Is.EqualTo("0"));
    }

    [Test]
    public void Rendering_twice_gives_identical_bytes_and_input_order_does_not_matter()
    {
        var reordered = new ReportMarket("small")
            .Requirement("r2", "hitachi", 8_000m, 260m)
            .Requirement("r1", "jogmec", 6_000m, 300m)
            .Offer("o1", "erg", 10_000m, 200m)
            .Match();

        var first = HtmlReport.Render(SampleResults.Showcase());

        Assert.That(HtmlReport.Render(SampleResults.Showcase()), Is.EqualTo(first));
        Assert.That(HtmlReport.Render(reordered), Is.EqualTo(HtmlReport.Render(SampleResults.Small())));
        Assert.That(first, Does.Not.Contain("\r"));
    }

    [Test]
    [SetCulture("de-DE")]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var german = HtmlReport.Render(SampleResults.Showcase());
        string invariant;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = HtmlReport.Render(SampleResults.Showcase());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.That(german, Is.EqualTo(invariant));
    }

    [Test]
    public void Write_produces_what_render_returns()
    {
        var result = SampleResults.Small();
        using var writer = new StringWriter();

        HtmlReport.Write(result, writer);

        Assert.That(writer.ToString(), Is.EqualTo(HtmlReport.Render(result)));
        Assert.That(writer.ToString(), Does.StartWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    }
}
