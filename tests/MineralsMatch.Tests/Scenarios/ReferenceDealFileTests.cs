using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>The <c>referenceDeals</c> section: read, written back unchanged, and every bad value reported at its place in the file.</summary>
public sealed class ReferenceDealFileTests
{
    // The example scenario with one reference deal appended after its requirements (lines 82-93 of the result).
    private const string Section = """
          ],
          "referenceDeals": [
            {
              "id": "erg-mcrtm-gallium",
              "supplier": "erg",
              "buyer": "mitsubishi-rtm",
              "product": "gallium-4n",
              "annualVolume": { "amount": 15000, "unit": "kg" },
              "startYear": 2026,
              "tenorYears": 5,
              "source": "TKS-2024",
              "note": "illustrative"
            }
          ]
        }

        """;

    private static string Text()
    {
        var text = TestFiles.Text("scenario.json");
        var end = text.LastIndexOf("  ]\n}", StringComparison.Ordinal);
        return text[..end] + Section;
    }

    [Test]
    public void A_reference_deal_is_read_with_its_values()
    {
        var deal = ScenarioFile.Parse(Text(), "market.json", TestFiles.Catalog).Market.ReferenceDeals.Single();

        Assert.That(deal, Is.EqualTo(new ReferenceDeal
        {
            Id = "erg-mcrtm-gallium",
            Supplier = "erg",
            Buyer = "mitsubishi-rtm",
            Product = "gallium-4n",
            AnnualVolume = Quantity.Kilograms(15_000m),
            StartYear = 2026,
            TenorYears = 5,
            Source = "TKS-2024",
            Note = "illustrative",
        }));
    }

    [Test]
    public void Reference_deals_survive_a_write_and_read_and_are_written_after_the_requirements()
    {
        var scenario = ScenarioFile.Parse(Text(), "market.json", TestFiles.Catalog);
        var written = ScenarioFile.Write(scenario);

        Assert.That(ScenarioFile.Parse(written, "market.json", TestFiles.Catalog), Is.EqualTo(scenario));
        Assert.That(written.IndexOf("\"referenceDeals\"", StringComparison.Ordinal), Is.GreaterThan(written.IndexOf("\"requirements\"", StringComparison.Ordinal)));
    }

    [Test]
    public void A_market_without_reference_deals_writes_no_section()
    {
        var scenario = ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog);

        Assert.That(scenario.Market.ReferenceDeals, Is.Empty);
        Assert.That(ScenarioFile.Write(scenario), Does.Not.Contain("referenceDeals"));
    }

    [Test]
    public void The_embedded_market_round_trips_with_its_reference_deal()
    {
        var scenario = MarketScenarios.JapanKazakhstanScenario();

        Assert.That(scenario.Market.ReferenceDeals, Has.Count.EqualTo(1));
        Assert.That(ScenarioFile.Parse(ScenarioFile.Write(scenario), MarketScenarios.JapanKazakhstanFileName), Is.EqualTo(scenario));
    }

    public static IEnumerable<TestCaseData> Cases() =>
    [
        Case("unknown-supplier", "\"supplier\": \"erg\"", "\"supplier\": \"kazzinc\"", "market.json:94:19 $.referenceDeals[0].supplier: refers to an unknown party (was kazzinc)"),
        Case("supplier-without-role", "\"supplier\": \"erg\"", "\"supplier\": \"jogmec\"", "market.json:94:19 $.referenceDeals[0].supplier: must refer to a party with the producer or trader role (was jogmec)"),
        Case("buyer-without-role", "\"buyer\": \"mitsubishi-rtm\",\n      \"product\": \"gallium-4n\",\n      \"annualVolume\": { \"amount\": 15000", "\"buyer\": \"tau-ken-samruk\",\n      \"product\": \"gallium-4n\",\n      \"annualVolume\": { \"amount\": 15000", "market.json:95:16 $.referenceDeals[0].buyer: must refer to a party with the buyer, trader or agency role (was tau-ken-samruk)"),
        Case("unknown-product", "\"product\": \"gallium-4n\",\n      \"annualVolume\": { \"amount\": 15000", "\"product\": \"gallium-5n\",\n      \"annualVolume\": { \"amount\": 15000", "market.json:96:18 $.referenceDeals[0].product: refers to an unknown product (not in the catalog nor the market's catalog additions) (was gallium-5n)"),
        Case("zero-volume", "\"amount\": 15000, \"unit\": \"kg\" },\n      \"startYear\"", "\"amount\": 0, \"unit\": \"kg\" },\n      \"startYear\"", "market.json:97:35 $.referenceDeals[0].annualVolume.amount: must be greater than 0 (was 0)"),
        Case("unknown-unit", "\"amount\": 15000, \"unit\": \"kg\" },\n      \"startYear\"", "\"amount\": 15000, \"unit\": \"tons\" },\n      \"startYear\"", "market.json:97:50 $.referenceDeals[0].annualVolume.unit: unknown value 'tons' (allowed: 'kg', 't', 'lb', 'mtu', 'ozt') (was tons)"),
        Case("year-out-of-range", "\"startYear\": 2026", "\"startYear\": 1850", "market.json:98:20 $.referenceDeals[0].startYear: must be between 1900 and 2200 (was 1850)"),
        Case("tenor-zero", "\"tenorYears\": 5", "\"tenorYears\": 0", "market.json:99:21 $.referenceDeals[0].tenorYears: must be between 1 and 50 when given (was 0)"),
        Case("unknown-source", "\"source\": \"TKS-2024\",\n      \"note\"", "\"source\": \"MC-Ga-2099\",\n      \"note\"", "market.json:100:17 $.referenceDeals[0].source: refers to an unknown source (not in the catalog nor the market's catalog additions) (was MC-Ga-2099)"),
        Case("bad-slug", "\"id\": \"erg-mcrtm-gallium\"", "\"id\": \"ERG to MC\"", "market.json:93:13 $.referenceDeals[0].id: must be a lowercase slug such as 'gallium-4n' (letters a-z, digits, single hyphens) (was ERG to MC)"),
        Case("missing-source", ",\n      \"source\": \"TKS-2024\"", string.Empty, "market.json:92:5 $.referenceDeals[0]: missing required key 'source'"),
        Case("unknown-key", "\"tenorYears\": 5", "\"tenure\": 5", "market.json:99:7 $.referenceDeals[0].tenure: unknown key 'tenure' (allowed: id, supplier, buyer, product, annualVolume, startYear, tenorYears, source, note)"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void A_bad_reference_deal_is_reported_with_file_line_column_and_path(string replace, string with, string expected)
    {
        var text = Text();
        Assert.That(text.Split(replace), Has.Length.EqualTo(2), "the text to replace must occur once");

        var exception = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(text.Replace(replace, with, StringComparison.Ordinal), "market.json", TestFiles.Catalog));

        Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void A_duplicate_reference_deal_id_is_reported_at_the_second_one()
    {
        var deal = new ReferenceDeal { Id = "d1", Supplier = "erg", Buyer = "jogmec", Product = "gallium-4n", AnnualVolume = Quantity.Kilograms(1m), StartYear = 2026, Source = "TKS-2024" };
        var market = ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog).Market with { ReferenceDeals = [deal, deal] };

        var errors = MineralsMatch.Validation.MarketValidation.Validate(market, TestFiles.Catalog);

        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "$.referenceDeals[1].id: reference deal already exists (at $.referenceDeals[0]) (was d1)" }));
    }

    private static TestCaseData Case(string name, string replace, string with, string expected) =>
        new TestCaseData(replace, with, expected).SetArgDisplayNames(name);
}
