using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Scenarios;
using MineralsMatch.Tests.Scenarios;
using MineralsMatch.Validation;
using NUnit.Framework;

namespace MineralsMatch.Tests.Validation;

/// <summary>Markets built in code get the same checks, in the same JSON-path vocabulary, as markets read from files.</summary>
public sealed class MarketValidationTests
{
    private static Market Example => ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog).Market;

    public static IEnumerable<TestCaseData> Cases() =>
    [
        Case("null name", m => m with { Name = null! }, "$.name: is required"),
        Case("default tenor", m => m with { Offers = [m.Offers[0] with { Tenor = default }] }, "$.offers[0].tenor.minYears: must be between 1 and 50 (was 0)", "$.offers[0].tenor.maxYears: must be between 1 and 50 (was 0)"),
        Case("default window", m => m with { Requirements = [m.Requirements[0] with { Window = default }, m.Requirements[1]] }, "$.requirements[0].window.firstYear: must be between 1900 and 2200 (was 0)", "$.requirements[0].window.lastYear: must be between 1900 and 2200 (was 0)"),
        Case("zero volume", m => m with { Offers = [m.Offers[0] with { AnnualVolume = Quantity.Tonnes(0m), MinAnnualVolume = null }] }, "$.offers[0].annualVolume.amount: must be greater than 0 (was 0)"),
        Case("min above max across units", m => m with { Offers = [m.Offers[0] with { MinAnnualVolume = Quantity.Tonnes(13m) }] }, "$.offers[0].minAnnualVolume.amount: must not exceed annualVolume (12000 kg) (was 13)"),
        Case("null route leg", m => m with { Routes = [m.Routes[0] with { Legs = [m.Routes[0].Legs[0], null!] }, .. m.Routes.Skip(1)] }, "$.routes[0].legs[1]: must not be null"),
        Case("null offer", m => m with { Offers = [null!] }, "$.offers[0]: must not be null", "$.policies[4].offers[0]: refers to an unknown offer (was erg-gallium-2026)"),
        Case("undefined kind", m => m with { Hubs = [m.Hubs[0] with { Kind = (HubKind)42 }, m.Hubs[1], m.Hubs[2]] }, "$.hubs[0].kind: must be one of: plant, rail-terminal, port, airport, warehouse (was 42)"),
        Case("party without roles", m => m with { Parties = [m.Parties[0], m.Parties[1] with { Roles = PartyRoles.None }] }, "$.parties[1].roles: must hold at least one role (producer, buyer, trader, agency) (was none)", "$.requirements[0].buyer: must refer to a party with the buyer, trader or agency role (was mitsubishi-rtm)", "$.policies[4].marketer: must refer to a party with the producer or trader role (was mitsubishi-rtm)"),
        Case("negative ask", m => m with { Offers = [m.Offers[0] with { Ask = Price.PerKilogram(-1m) }] }, "$.offers[0].ask.usd: must be greater than 0 (was -1)"),
        Case("absurd volume", m => m with { Offers = [m.Offers[0] with { AnnualVolume = Quantity.Tonnes(1e12m), MinAnnualVolume = null }] }, "$.offers[0].annualVolume.amount: must be at most 1000000000 (was 1000000000000)"),
        Case("absurd bid", m => m with { Requirements = [m.Requirements[0] with { Bid = Price.PerKilogram(1e8m) }, m.Requirements[1]] }, "$.requirements[0].bid.usd: must be at most 10000000 USD per unit (was 100000000)"),
        Case("absurd freight", m => m with { Routes = [m.Routes[0] with { Legs = [m.Routes[0].Legs[0] with { CostPerTonne = 5e6m }, .. m.Routes[0].Legs.Skip(1)] }, .. m.Routes.Skip(1)] }, "$.routes[0].legs[0].costPerTonne: must be at most 1000000 USD per tonne (was 5000000)"),
        Case("zero country share", m => m with { Requirements = [m.Requirements[0] with { MaxShareFromCountry = 0m }, m.Requirements[1]] }, "$.requirements[0].maxShareFromCountry: must be greater than 0 and at most 1 (was 0)"),
        Case("leg to itself", m => m with { Routes = [m.Routes[0] with { Legs = [m.Routes[0].Legs[0] with { To = "pavlodar" }] }] }, "$.routes[0].legs[0].to: must differ from 'from' (was pavlodar)"),
        Case("lower-case incoterm index", m => m with { Offers = [m.Offers[0] with { Incoterms = [(Incoterm)99] }] }, "$.offers[0].incoterms[0]: must be one of: EXW, FCA, FOB, CPT, CIP, CFR, CIF, DAP, DDP (was 99)"),
        Case("excluded unknown buyer", m => m with { Offers = [m.Offers[0] with { ExcludedBuyers = ["nobody"] }] }, "$.offers[0].excludedBuyers[0]: refers to an unknown party (was nobody)"),
        Case("duplicate party", m => m with { Parties = [m.Parties[0], m.Parties[1], m.Parties[0]] }, "$.parties[2].id: party already exists (at $.parties[0]) (was tau-ken-samruk)"),
        Case("blank attribute key", m => m with { Offers = [m.Offers[0] with { Attributes = new Dictionary<string, string> { [" "] = "x" } }] }, "$.offers[0].attributes[' ']: must have a non-empty key of at most 100 characters (was  )"),
        Case("terminal escape in a party name", m => m with { Parties = [m.Parties[0] with { Name = "Evil\u001b]0;pwned\u0007" }, .. m.Parties.Skip(1)] }, "$.parties[0].name: must not contain control characters (found U+001B at character 5) (was Evil\\u001B]0;pwned\\u0007)"),
        Case("control character as the first character of a party name", m => m with { Parties = [m.Parties[0] with { Name = "\u0007Bell" }, .. m.Parties.Skip(1)] }, "$.parties[0].name: must not contain control characters (found U+0007 at character 1) (was \\u0007Bell)"),
        Case("control character as the first character of a note", m => m with { Offers = [m.Offers[0] with { Note = "\u001bx" }] }, "$.offers[0].note: must not contain control characters other than line feed and tab (found U+001B at character 1) (was \\u001Bx)"),
        Case("undefined end use", m => m with { Requirements = [m.Requirements[0] with { EndUse = (EndUse)9 }, .. m.Requirements.Skip(1)] }, "$.requirements[0].endUse: must be one of: civil, defence, stockpile (was 9)"),
        Case("carriage return in a note", m => m with { Offers = [m.Offers[0] with { Note = "a\rb" }] }, "$.offers[0].note: must not contain control characters other than line feed and tab (found U+000D at character 2) (was a\\u000Db)"),
        Case("NUL in an attribute value", m => m with { Offers = [m.Offers[0] with { Attributes = new Dictionary<string, string> { ["cert"] = "x\0" } }] }, "$.offers[0].attributes.cert: must not contain control characters other than line feed and tab (found U+0000 at character 2) (was x\\u0000)"),
        Case("addition to an existing mineral with a conflicting name and group", m => m with { Catalog = m.Catalog with { Minerals = [.. m.Catalog.Minerals, GalliumAddition with { Name = "Galium", Group = MineralGroup.Battery }] } }, "$.catalog.minerals[1].name: must match the catalog's name of this mineral ('Gallium') when adding products to it (was Galium)", "$.catalog.minerals[1].group: must match the catalog's group of this mineral ('semiconductor') when adding products to it (was battery)"),
        Case("impurity above a million ppm", m => m with { Offers = [m.Offers[0] with { Grade = m.Offers[0].Grade with { MaxImpuritiesPpm = new Dictionary<string, decimal> { ["Pb"] = 2_000_000m } } }] }, "$.offers[0].grade.maxImpuritiesPpm.Pb: must be between 0 and 1000000 ppm (was 2000000)"),
        Case("addition repeats a product", m => m with { Catalog = m.Catalog with { Minerals = [m.Catalog.Minerals[0] with { Products = [m.Catalog.Minerals[0].Products[0] with { Id = "gallium-4n" }] }] } }, "$.catalog.minerals[0].products[0].id: product already exists (was gallium-4n)", "$.requirements[1].product: refers to an unknown product (not in the catalog nor the market's catalog additions) (was apt)"),
        Case("product listed under another mineral", m => m with { Catalog = m.Catalog with { Minerals = [m.Catalog.Minerals[0] with { Products = [m.Catalog.Minerals[0].Products[0] with { Mineral = "gallium" }] }] } }, "$.catalog.minerals[0].products[0].mineral: must be the mineral that lists it ('tungsten') (was gallium)"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Invalid_market_reports_every_error(Func<Market, Market> breakIt, string[] expected)
    {
        var errors = MarketValidation.Validate(breakIt(Example), TestFiles.Catalog);
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(expected));
    }

    [Test]
    public void Example_market_is_valid() =>
        Assert.That(MarketValidation.Validate(Example, TestFiles.Catalog), Is.Empty);

    [Test]
    public void ThrowIfInvalid_lists_every_error()
    {
        var market = Example with { Name = " ", Hubs = [] };
        var exception = Assert.Throws<MineralsMatchValidationException>(() => MarketValidation.ThrowIfInvalid(market, TestFiles.Catalog));
        Assert.That(exception!.Errors.Select(e => e.Path), Is.SupersetOf(new[] { "$.name", "$.routes[0].legs[0].from", "$.offers[0].originHub", "$.requirements[1].destinationHub" }));
    }

    [TestCase(nameof(MatchingOptions.BargainingShare), "$.bargainingShare: must be between 0 and 1 (was -0.1)")]
    [TestCase(nameof(MatchingOptions.VolumeFlexibility), "$.volumeFlexibility: must be between 0 and 0.5 (was 0.6)")]
    [TestCase(nameof(MatchingOptions.IndexLinkedFromYears), "$.indexLinkedFromYears: must be between 1 and 50 (was 0)")]
    [TestCase(nameof(MatchingOptions.VolumeResolution), "$.volumeResolution: must be greater than 0 (was 0)")]
    [TestCase(nameof(MatchingOptions.ValueResolution), "$.valueResolution: must be at most 1 (was 2)")]
    [TestCase(nameof(MatchingOptions.Objective), "$.objective: must be one of: total-value, coverage-first, stable (was 7)")]
    public void Invalid_options_are_reported_by_json_name(string setting, string expected)
    {
        var options = setting switch
        {
            nameof(MatchingOptions.BargainingShare) => new MatchingOptions { BargainingShare = -0.1m },
            nameof(MatchingOptions.VolumeFlexibility) => new MatchingOptions { VolumeFlexibility = 0.6m },
            nameof(MatchingOptions.IndexLinkedFromYears) => new MatchingOptions { IndexLinkedFromYears = 0 },
            nameof(MatchingOptions.VolumeResolution) => new MatchingOptions { VolumeResolution = 0m },
            nameof(MatchingOptions.ValueResolution) => new MatchingOptions { ValueResolution = 2m },
            _ => new MatchingOptions { Objective = (MatchObjective)7 },
        };
        Assert.Multiple(() =>
        {
            Assert.That(MatchingOptionsValidation.Validate(options).Select(e => e.ToString()), Is.EqualTo(new[] { expected }));
            Assert.Throws<MineralsMatchValidationException>(() => MatchingOptionsValidation.ThrowIfInvalid(options));
        });
    }

    private static Mineral GalliumAddition => new()
    {
        Id = "gallium", Name = "Gallium", Symbol = "Ga", Group = MineralGroup.Semiconductor,
        Products = [new Product { Id = "gallium-6n", Mineral = "gallium", Name = "Gallium 6N", Form = ProductForm.Metal, PricingUnit = QuantityUnit.Kilogram }],
    };

    [Test]
    public void An_addition_repeating_an_existing_minerals_name_symbol_and_group_adds_its_products() =>
        Assert.That(MarketValidation.Validate(Example with { Catalog = Example.Catalog with { Minerals = [.. Example.Catalog.Minerals, GalliumAddition] } }, TestFiles.Catalog), Is.Empty);

    [Test]
    public void A_share_cap_of_exactly_one_is_valid() =>
        Assert.That(MarketValidation.Validate(Example with { Requirements = [Example.Requirements[0] with { MaxShareFromSupplier = 1m, MaxShareFromCountry = 1m }, .. Example.Requirements.Skip(1)] }, TestFiles.Catalog), Is.Empty);

    [Test]
    public void Notes_may_span_lines_and_hold_tabs() =>
        Assert.That(MarketValidation.Validate(Example with { Offers = [Example.Offers[0] with { Note = "first line\n\tindented" }] }, TestFiles.Catalog), Is.Empty);

    [Test]
    public void An_error_printed_on_one_line_escapes_control_characters_in_every_part()
    {
        var error = new InputError { File = "a\u001b.json", Line = 1, Column = 2, Path = "$.x['\u0007']", Rule = "R", Message = "bad\r", AttemptedValue = "\u001b[2J" };

        Assert.That(error.ToString(), Is.EqualTo("a\\u001B.json:1:2 $.x['\\u0007']: bad\\u000D (was \\u001B[2J)"));
    }

    [Test]
    public void Default_options_are_valid() =>
        Assert.That(MatchingOptionsValidation.Validate(MatchingOptions.Default), Is.Empty);

    private static TestCaseData Case(string name, Func<Market, Market> breakIt, params string[] expected) =>
        new TestCaseData(breakIt, expected).SetArgDisplayNames(name);
}
