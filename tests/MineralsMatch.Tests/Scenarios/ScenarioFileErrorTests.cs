using MineralsMatch.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>Each case breaks the example scenario in one way and states every error the loader must report, where, and why.</summary>
public sealed class ScenarioFileErrorTests
{
    public static IEnumerable<TestCaseData> Cases() =>
    [
        Case("unknown-top-key", "\"description\":", "\"descriptoin\":", ["UnknownKey"], "market.json:4:3 $.descriptoin: unknown key 'descriptoin' (allowed: schemaVersion, name, description, catalog, options, parties, hubs, routes, offers, requirements, referenceDeals, policies, baselineImports, stress)"),
        Case("unknown-nested-key", "\"priority\": 8,", "\"priority\": 8, \"purty\": 1,", ["UnknownKey"], "market.json:67:22 $.requirements[0].purty: unknown key 'purty' (allowed: id, buyer, product, spec, annualVolume, demandByYear, minAnnualVolume, window, tenor, bid, destinationHub, priority, endUse, maxShareFromSupplier, maxShareFromCountry, incoterms, excludedRoutes, excludedTransitCountries, excludedOriginCountries, excludedSuppliers, attributes, note)"),
        Case("wrong-case-key", "\"name\": \"japan-kazakhstan\"", "\"Name\": \"japan-kazakhstan\"", ["UnknownKey"], "market.json:3:3 $.Name: unknown key 'Name' (allowed: schemaVersion, name, description, catalog, options, parties, hubs, routes, offers, requirements, referenceDeals, policies, baselineImports, stress)"),
        Case("duplicate-key", "\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"schemaVersion\": 1,", ["DuplicateKey"], "market.json:2:39 $.schemaVersion: duplicate key 'schemaVersion'"),
        Case("missing-required", "\"product\": \"gallium-4n\",\n      \"grade\"", "\"grade\"", ["Required"], "market.json:40:5 $.offers[0]: missing required key 'product'"),
        Case("string-for-number", "\"amount\": 12000, \"unit\": \"kg\"", "\"amount\": \"12000\", \"unit\": \"kg\"", ["Type"], "market.json:45:35 $.offers[0].annualVolume.amount: expected a number (was \"12000\")"),
        Case("overflow-number", "\"usd\": 230, \"per\": \"kg\"", "\"usd\": 1e400, \"per\": \"kg\"", ["Range"], "market.json:49:23 $.offers[0].ask.usd: is out of range for a number (was 1e400)"),
        Case("fraction-for-integer", "\"priority\": 8,", "\"priority\": 8.5,", ["Type"], "market.json:67:19 $.requirements[0].priority: expected an integer (was 8.5)"),
        Case("null-required", "\"originHub\": \"pavlodar\"", "\"originHub\": null", ["Required"], "market.json:50:20 $.offers[0].originHub: must not be null"),
        Case("nan-literal", "\"costPerTonne\": 60", "\"costPerTonne\": NaN", ["Syntax"], "market.json:34:78 $.routes[0].legs[0].costPerTonne: invalid JSON: 'N' is an invalid start of a value."),
        Case("trailing-comma", "\"excludedTransitCountries\": [ \"RU\" ]", "\"excludedTransitCountries\": [ \"RU\", ]", ["Syntax"], "market.json:69:43 $.requirements[0].excludedTransitCountries[1]: invalid JSON: The JSON array contains a trailing comma at the end (not allowed)"),
        Case("comment", "\"schemaVersion\": 1,", "\"schemaVersion\": 1, // v1", ["Syntax"], "market.json:2:23 $: invalid JSON: comments are not allowed"),
        Case("array-for-object", "\"window\": { \"firstYear\": 2026, \"lastYear\": 2040 }", "\"window\": [2026, 2040]", ["Type"], "market.json:47:17 $.offers[0].window: expected an object"),
        Case("object-for-string", "\"buyer\": \"jogmec\"", "\"buyer\": { \"id\": \"jogmec\" }", ["Type"], "market.json:73:16 $.requirements[1].buyer: expected a string"),
        Case("bool-for-string", "\"note\": \"estimate: freight quotes 2025\"", "\"note\": true", ["Type"], "market.json:31:15 $.routes[0].note: expected a string (was true)"),
        Case("unknown-unit", "\"amount\": 5000, \"unit\": \"kg\"", "\"amount\": 5000, \"unit\": \"tonnes\"", ["UnknownValue"], "market.json:62:49 $.requirements[0].annualVolume.unit: unknown value 'tonnes' (allowed: 'kg', 't', 'lb', 'mtu', 'ozt') (was tonnes)"),
        Case("unknown-kind", "\"kind\": \"port\"", "\"kind\": \"harbour\"", ["UnknownValue"], "market.json:24:72 $.hubs[1].kind: unknown value 'harbour' (allowed: 'plant', 'rail-terminal', 'port', 'airport', 'warehouse') (was harbour)"),
        Case("unknown-mode", "\"mode\": \"sea\"", "\"mode\": \"ship\"", ["UnknownValue"], "market.json:35:51 $.routes[0].legs[1].mode: unknown value 'ship' (allowed: 'rail', 'sea', 'ferry', 'road', 'air') (was ship)"),
        Case("unknown-role", "\"roles\": [ \"producer\" ], \"produces\"", "\"roles\": [ \"miner\" ], \"produces\"", ["Required", "UnknownValue"], "market.json:19:83 $.parties[0].roles: must hold at least one role (producer, buyer, trader, agency) (was none)", "market.json:19:85 $.parties[0].roles[0]: unknown value 'miner' (allowed: 'producer', 'buyer', 'trader', 'agency') (was miner)"),
        Case("duplicate-role", "\"roles\": [ \"producer\" ], \"produces\"", "\"roles\": [ \"producer\", \"producer\" ], \"produces\"", ["Duplicate"], "market.json:19:97 $.parties[0].roles[1]: repeats a role (roles must be unique) (was producer)"),
        Case("lone-surrogate", "\"name\": \"Tau-Ken Samruk\"", "\"name\": \"Tau\\uD800Ken\"", ["Syntax"], "market.json:19:39 $.parties[0].name: is not valid text: the string holds a lone surrogate escape (\\uD800–\\uDFFF without its pair)"),
        Case("unknown-incoterm", "\"FCA\", \"CIP\"", "\"FCA\", \"fob\"", ["UnknownValue"], "market.json:51:29 $.offers[0].incoterms[1]: unknown value 'fob' (allowed: 'EXW', 'FCA', 'FOB', 'CPT', 'CIP', 'CFR', 'CIF', 'DAP', 'DDP') (was fob)"),
        Case("unknown-objective", "\"coverage-first\"", "\"max-coverage\"", ["UnknownValue"], "market.json:17:29 $.options.objective: unknown value 'max-coverage' (allowed: 'total-value', 'coverage-first', 'stable') (was max-coverage)"),
        Case("unknown-group", "\"group\": \"refractory\"", "\"group\": \"metal\"", ["UnknownValue"], "market.json:12:18 $.catalog.minerals[0].group: unknown value 'metal' (allowed: 'battery', 'base-metal', 'reactive-metal', 'industrial-mineral', 'light-metal', 'alloying', 'semiconductor', 'alkali', 'refractory', 'platinum-group', 'rare-earth', 'nuclear', 'energy', 'ferroalloy', 'other') (was metal)"),
        Case("unknown-form", "\"form\": \"compound\"", "\"form\": \"powdr\"", ["UnknownValue"], "market.json:13:80 $.catalog.minerals[0].products[0].form: unknown value 'powdr' (allowed: 'metal', 'alloy', 'oxide', 'salt', 'concentrate', 'ore', 'compound', 'powder', 'sponge', 'ferroalloy') (was powdr)"),
        Case("schema-version", "\"schemaVersion\": 1,", "\"schemaVersion\": 2,", ["SchemaVersion"], "market.json:2:20 $.schemaVersion: must be 1 (the only version this library reads) (was 2)"),
        Case("negative-volume", "\"amount\": 12000, \"unit\": \"kg\"", "\"amount\": -5, \"unit\": \"kg\"", ["GreaterThan"], "market.json:45:35 $.offers[0].annualVolume.amount: must be greater than 0 (was -5)"),
        Case("zero-bid", "\"usd\": 300, \"per\": \"kg\"", "\"usd\": 0, \"per\": \"kg\"", ["GreaterThan"], "market.json:65:23 $.requirements[0].bid.usd: must be greater than 0 (was 0)"),
        Case("min-above-max", "\"amount\": 1000, \"unit\": \"kg\"", "\"amount\": 20000, \"unit\": \"kg\"", ["Inconsistent"], "market.json:46:38 $.offers[0].minAnnualVolume.amount: must not exceed annualVolume (12000 kg) (was 20000)"),
        Case("year-too-early", "\"firstYear\": 2027", "\"firstYear\": 1850", ["Range"], "market.json:76:32 $.requirements[1].window.firstYear: must be between 1900 and 2200 (was 1850)"),
        Case("last-before-first", "\"lastYear\": 2035", "\"lastYear\": 2020", ["Inconsistent"], "market.json:63:50 $.requirements[0].window.lastYear: must not be before firstYear (2026) (was 2020)"),
        Case("tenor-zero", "\"minYears\": 3, \"maxYears\": 10", "\"minYears\": 0, \"maxYears\": 10", ["Range"], "market.json:48:30 $.offers[0].tenor.minYears: must be between 1 and 50 (was 0)"),
        Case("tenor-too-long", "\"minYears\": 3, \"maxYears\": 8", "\"minYears\": 3, \"maxYears\": 60", ["Range"], "market.json:77:45 $.requirements[1].tenor.maxYears: must be between 1 and 50 (was 60)"),
        Case("tenor-inverted", "\"minYears\": 5, \"maxYears\": 10", "\"minYears\": 5, \"maxYears\": 2", ["Inconsistent"], "market.json:64:45 $.requirements[0].tenor.maxYears: must not be less than minYears (5) (was 2)"),
        Case("priority-out-of-range", "\"priority\": 8,", "\"priority\": 11,", ["Range"], "market.json:67:19 $.requirements[0].priority: must be between 1 and 10 (was 11)"),
        Case("share-above-one", "\"maxShareFromSupplier\": 0.7", "\"maxShareFromSupplier\": 1.5", ["Range"], "market.json:68:31 $.requirements[0].maxShareFromSupplier: must be greater than 0 and at most 1 (was 1.5)"),
        Case("share-zero", "\"maxShareFromSupplier\": 0.7", "\"maxShareFromSupplier\": 0", ["Range"], "market.json:68:31 $.requirements[0].maxShareFromSupplier: must be greater than 0 and at most 1 (was 0)"),
        Case("bad-slug", "\"id\": \"erg-gallium-2026\"", "\"id\": \"ERG Gallium\"", ["Slug", "UnknownReference"], "market.json:41:13 $.offers[0].id: must be a lowercase slug such as 'gallium-4n' (letters a-z, digits, single hyphens) (was ERG Gallium)", "market.json:89:98 $.policies[4].offers[0]: refers to an unknown offer (was erg-gallium-2026)"),
        Case("bad-country", "\"country\": \"JP\", \"kind\": \"warehouse\"", "\"country\": \"jpn\", \"kind\": \"warehouse\"", ["CountryCode"], "market.json:25:60 $.hubs[2].country: must be an ISO 3166-1 alpha-2 country code such as 'KZ' (was jpn)"),
        Case("bad-transit-country", "\"excludedTransitCountries\": [ \"RU\" ]", "\"excludedTransitCountries\": [ \"Russia\" ]", ["CountryCode"], "market.json:69:37 $.requirements[0].excludedTransitCountries[0]: must be an ISO 3166-1 alpha-2 country code such as 'KZ' (was Russia)"),
        Case("empty-name", "\"name\": \"Port of Aktau\"", "\"name\": \"  \"", ["Text"], "market.json:24:30 $.hubs[1].name: must not be empty (was   )"),
        Case("duplicate-hub", "\"id\": \"tokyo\", \"name\": \"Tokyo warehouse\"", "\"id\": \"aktau\", \"name\": \"Tokyo warehouse\"", ["Duplicate", "UnknownReference", "UnknownReference", "UnknownReference"], "market.json:25:13 $.hubs[2].id: hub already exists (at $.hubs[1]) (was aktau)", "market.json:35:34 $.routes[0].legs[1].to: refers to an unknown hub (was tokyo)", "market.json:66:25 $.requirements[0].destinationHub: refers to an unknown hub (was tokyo)", "market.json:79:25 $.requirements[1].destinationHub: refers to an unknown hub (was tokyo)"),
        Case("unknown-producer", "\"producer\": \"erg\"", "\"producer\": \"kazatomprom\"", ["UnknownReference"], "market.json:42:19 $.offers[0].producer: refers to an unknown party (was kazatomprom)"),
        Case("producer-without-role", "\"producer\": \"erg\"", "\"producer\": \"jogmec\"", ["Role"], "market.json:42:19 $.offers[0].producer: must refer to a party with the producer or trader role (was jogmec)"),
        Case("buyer-without-role", "\"buyer\": \"jogmec\"", "\"buyer\": \"tau-ken-samruk\"", ["Role"], "market.json:73:16 $.requirements[1].buyer: must refer to a party with the buyer, trader or agency role (was tau-ken-samruk)"),
        Case("unknown-product", "\"product\": \"apt\"", "\"product\": \"apt-88\"", ["UnknownReference"], "market.json:74:18 $.requirements[1].product: refers to an unknown product (not in the catalog nor the market's catalog additions) (was apt-88)"),
        Case("unknown-origin-hub", "\"originHub\": \"pavlodar\"", "\"originHub\": \"ust-kamenogorsk\"", ["UnknownReference"], "market.json:50:20 $.offers[0].originHub: refers to an unknown hub (was ust-kamenogorsk)"),
        Case("unknown-destination", "\"destinationHub\": \"tokyo\",\n      \"excludedRoutes\"", "\"destinationHub\": \"osaka\",\n      \"excludedRoutes\"", ["UnknownReference"], "market.json:79:25 $.requirements[1].destinationHub: refers to an unknown hub (was osaka)"),
        Case("unknown-excluded-route", "\"excludedRoutes\": [ \"middle-corridor\" ]", "\"excludedRoutes\": [ \"northern-route\" ]", ["UnknownReference"], "market.json:80:27 $.requirements[1].excludedRoutes[0]: refers to an unknown route (was northern-route)"),
        Case("leg-not-chained", "\"from\": \"aktau\", \"to\": \"tokyo\"", "\"from\": \"pavlodar\", \"to\": \"tokyo\"", ["Inconsistent"], "market.json:35:19 $.routes[0].legs[1].from: must be where the previous leg ends ('aktau') (was pavlodar)"),
        Case("leg-unknown-hub", "\"from\": \"pavlodar\", \"to\": \"aktau\"", "\"from\": \"pavlodar\", \"to\": \"baku\"", ["UnknownReference", "Inconsistent"], "market.json:34:37 $.routes[0].legs[0].to: refers to an unknown hub (was baku)", "market.json:35:19 $.routes[0].legs[1].from: must be where the previous leg ends ('baku') (was aktau)"),
        Case("leg-negative-cost", "\"costPerTonne\": 60", "\"costPerTonne\": -1", ["Range"], "market.json:34:78 $.routes[0].legs[0].costPerTonne: must not be negative (was -1)"),
        Case("leg-risk-above-one", "\"risk\": 0.05", "\"risk\": 1.2", ["Range"], "market.json:35:101 $.routes[0].legs[1].risk: must be between 0 and 1 (was 1.2)"),
        Case("leg-negative-days", "\"days\": 35", "\"days\": -3", ["Range"], "market.json:35:89 $.routes[0].legs[1].days: must be between 0 and 3650 (was -3)"),
        Case("route-zero-capacity", "\"maxAnnualVolume\": { \"amount\": 50, \"unit\": \"t\" }", "\"maxAnnualVolume\": { \"amount\": 0, \"unit\": \"t\" }", ["GreaterThan"], "market.json:32:38 $.routes[0].maxAnnualVolume.amount: must be greater than 0 (was 0)"),
        Case("route-no-legs", "\"legs\": [\n        { \"from\": \"pavlodar\", \"to\": \"aktau\", \"mode\": \"rail\", \"costPerTonne\": 60, \"days\": 6, \"risk\": 0.02, \"transitCountry\": \"KZ\" },\n        { \"from\": \"aktau\", \"to\": \"tokyo\", \"mode\": \"sea\", \"costPerTonne\": 140.5, \"days\": 35, \"risk\": 0.05 }\n      ]", "\"legs\": []", ["Required"], "market.json:33:15 $.routes[0].legs: must hold at least one leg (was 0 items)"),
        Case("content-above-one", "\"minContent\": 0.9999, \"maxImpuritiesPpm\"", "\"minContent\": 1.5, \"maxImpuritiesPpm\"", ["Range"], "market.json:44:49 $.offers[0].grade.minContent: must be greater than 0 and at most 1 (was 1.5)"),
        Case("negative-impurity", "{ \"Fe\": 10 }", "{ \"Fe\": -1 }", ["Range"], "market.json:44:85 $.offers[0].grade.maxImpuritiesPpm.Fe: must be between 0 and 1000000 ppm (was -1)"),
        Case("null-in-list", "\"excludedTransitCountries\": [ \"RU\" ]", "\"excludedTransitCountries\": [ null ]", ["Required"], "market.json:69:37 $.requirements[0].excludedTransitCountries[0]: must not be null"),
        Case("null-attribute", "{ \"certification\": \"ISO 9001\" }", "{ \"certification\": null }", ["Required"], "market.json:52:40 $.offers[0].attributes.certification: must not be null"),
        Case("option-out-of-range", "\"bargainingShare\": 0.4", "\"bargainingShare\": 1.4", ["Range"], "market.json:17:66 $.options.bargainingShare: must be between 0 and 1 (was 1.4)"),
        Case("addition-clashes", "\"id\": \"tungsten\",\n        \"name\": \"Tungsten\",", "\"id\": \"gallium\",\n        \"name\": \"Gallium\", \"cas\": \"7440-55-3\",", ["Duplicate", "UnknownReference"], "market.json:9:15 $.catalog.minerals[0].id: mineral already exists (was gallium)", "market.json:19:113 $.parties[0].produces[0]: refers to an unknown mineral (was tungsten)"),
        Case("addition-unknown-source", "\"source\": \"TKS-2024\"", "\"source\": \"TKS-2030\"", ["UnknownReference"], "market.json:19:154 $.parties[0].citations[0].source: refers to an unknown source (was TKS-2030)"),
        Case("relative-url", "\"title\": \"Tau-Ken Samruk annual report 2024\"", "\"title\": \"Tau-Ken Samruk annual report 2024\", \"url\": \"reports/2024.pdf\"", ["Format"], "market.json:6:92 $.catalog.sources[0].url: must be an absolute http or https URL (was reports/2024.pdf)"),
        Case("bad-hs-code", "\"priceBasis\": \"WO3\"", "\"priceBasis\": \"WO3\", \"hsCode\": \"2841-80\"", ["Format"], "market.json:13:145 $.catalog.minerals[0].products[0].hsCode: must be an HS subheading written NNNN.NN, such as '8112.92' (was 2841-80)"),
        Case("unknown-produced-mineral", "\"produces\": [ \"tungsten\" ]", "\"produces\": [ \"wolfram\" ]", ["UnknownReference"], "market.json:19:113 $.parties[0].produces[0]: refers to an unknown mineral (was wolfram)"),
        Case("truncated", "\"requirements\": [", "\"requirements\": [ {", ["Syntax"], "market.json:57:5 $.requirements[0]: invalid JSON: '{' is an invalid start of a property name. Expected a '\"'."),
        Case("not-json", "{\n  \"schemaVersion\"", "x{\n  \"schemaVersion\"", ["Syntax"], "market.json:1:1 $: invalid JSON: 'x' is an invalid start of a value."),
        Case("root-array", "{\n  \"schemaVersion\": 1,", "[{\n  \"schemaVersion\": 1,", ["Type"], "market.json:1:1 $: expected an object"),
        Case("duplicate-offer-id", "\"id\": \"jogmec-apt\"", "\"id\": \"mcrtm-gallium\"", ["Duplicate"], "market.json:72:13 $.requirements[1].id: requirement already exists (at $.requirements[0]) (was mcrtm-gallium)"),
        Case("excluded-supplier-unknown", "\"excludedTransitCountries\": [ \"RU\" ]", "\"excludedTransitCountries\": [ \"RU\" ], \"excludedSuppliers\": [ \"nobody\" ]", ["UnknownReference"], "market.json:69:68 $.requirements[0].excludedSuppliers[0]: refers to an unknown party (was nobody)"),
        Case("impurity-key-empty", "{ \"Fe\": 10 }", "{ \"\": 10 }", ["Text"], "market.json:44:83 $.offers[0].grade.maxImpuritiesPpm['']: must be keyed by an element or species symbol such as 'Fe' (was )"),
        Case("negative-year-integer", "\"lastYear\": 2036", "\"lastYear\": 99999999999", ["Range"], "market.json:76:50 $.requirements[1].window.lastYear: is out of range for an integer (was 99999999999)"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Broken_scenario_reports_every_error_with_its_location(string replace, string with, string[] rules, string[] expected)
    {
        var text = TestFiles.Text("scenario.json");
        Assert.That(text.Split(replace), Has.Length.EqualTo(2), "the text to replace must occur once");
        var broken = text.Replace(replace, with, StringComparison.Ordinal);

        var exception = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(broken, "market.json", TestFiles.Catalog));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Errors.Select(e => e.ToString()), Is.EqualTo(expected));
            Assert.That(exception.Errors.Select(e => e.Rule), Is.EqualTo(rules));
            Assert.That(exception.Errors, Has.All.Matches<MineralsMatch.InputError>(e => e != null && e.File == "market.json" && e.Line > 0 && e.Column > 0));
        });
    }

    private static TestCaseData Case(string name, string replace, string with, string[] rules, params string[] expected) =>
        new TestCaseData(replace, with, rules, expected).SetArgDisplayNames(name);

    [Test]
    public void Errors_in_a_file_with_carriage_return_line_endings_name_the_right_line()
    {
        var broken = TestFiles.Text("scenario.json").Replace("\"amount\": 12000, \"unit\": \"kg\"", "\"amount\": -5, \"unit\": \"kg\"", StringComparison.Ordinal);
        var lf = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(broken, "market.json", TestFiles.Catalog))!.Errors.Single();
        var cr = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(broken.Replace("\n", "\r", StringComparison.Ordinal), "market.json", TestFiles.Catalog))!.Errors.Single();

        Assert.That(lf.Line, Is.EqualTo(45));
        Assert.That((cr.Line, cr.Column), Is.EqualTo((lf.Line, lf.Column)));
    }

    [Test]
    public void Bytes_that_are_not_utf8_in_a_string_are_named_as_such()
    {
        var text = TestFiles.Text("scenario.json");
        var bytes = System.Text.Encoding.UTF8.GetBytes(text.Replace("\"name\": \"Tau-Ken Samruk\"", "\"name\": \"Tau#Ken\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;

        var error = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Read(new MemoryStream(bytes), "market.json", TestFiles.Catalog))!.Errors.Single();

        Assert.That(error.Message, Does.Contain("not UTF-8"), error.ToString());
        Assert.That(error.Line, Is.EqualTo(19));
    }
}
