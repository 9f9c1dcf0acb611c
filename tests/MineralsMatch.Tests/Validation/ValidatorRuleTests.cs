using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Scenarios;
using MineralsMatch.Tests.Scenarios;
using MineralsMatch.Validation;
using NUnit.Framework;

namespace MineralsMatch.Tests.Validation;

/// <summary>
/// One case per rule of the offer, requirement, route and options validators: a market (or options) that breaks just that
/// rule gets an error at that rule's JSON path with that rule's code. Written for the mutation run's survivors (each
/// <c>RuleFor</c> line removed left every other test green); the boundary cases pin the inclusive limits.
/// </summary>
public sealed class ValidatorRuleTests
{
    private static Market Example => ScenarioFile.Load(TestFiles.PathOf("scenario.json"), TestFiles.Catalog).Market;

    private static string[] Many(int count, string prefix) => [.. Enumerable.Range(0, count).Select(i => $"{prefix}{i}")];

    public static IEnumerable<TestCaseData> BrokenMarkets() =>
    [
        Case("market description control character", m => m with { Description = "a\u0007b" }, "$.description", RuleCodes.ControlCharacter),
        Case("duplicate route", m => m with { Routes = [m.Routes[0], m.Routes[0], .. m.Routes.Skip(1)] }, "$.routes[1].id", RuleCodes.Duplicate),
        Case("duplicate offer", m => m with { Offers = [m.Offers[0], m.Offers[0], .. m.Offers.Skip(1)] }, "$.offers[1].id", RuleCodes.Duplicate),
        Offer("producer slug", o => o with { Producer = "Tau Ken" }, "$.offers[0].producer", RuleCodes.Slug),
        Offer("product slug", o => o with { Product = "Gallium 4N" }, "$.offers[0].product", RuleCodes.Slug),
        Offer("window first year", o => o with { Window = DeliveryWindow.Of(1800, 2030) }, "$.offers[0].window.firstYear", RuleCodes.Range),
        Offer("window last year", o => o with { Window = DeliveryWindow.Of(2026, 2300) }, "$.offers[0].window.lastYear", RuleCodes.Range),
        Offer("origin hub slug", o => o with { OriginHub = "Pavlodar Plant" }, "$.offers[0].originHub", RuleCodes.Slug),
        Offer("too many incoterms", o => o with { Incoterms = [.. Enumerable.Repeat(Incoterm.Fca, InputLimits.MaxNested + 1)] }, "$.offers[0].incoterms", RuleCodes.TooMany),
        Offer("too many excluded buyers", o => o with { ExcludedBuyers = Many(InputLimits.MaxNested + 1, "b") }, "$.offers[0].excludedBuyers", RuleCodes.TooMany),
        Offer("excluded buyer slug", o => o with { ExcludedBuyers = ["Mitsubishi RtM"] }, "$.offers[0].excludedBuyers[0]", RuleCodes.Slug),
        Offer("too many excluded countries", o => o with { ExcludedCountries = Many(InputLimits.MaxNested + 1, "c") }, "$.offers[0].excludedCountries", RuleCodes.TooMany),
        Offer("excluded country code", o => o with { ExcludedCountries = ["Japan"] }, "$.offers[0].excludedCountries[0]", RuleCodes.CountryCode),
        Requirement("id slug", r => r with { Id = "MC RtM gallium" }, "$.requirements[0].id", RuleCodes.Slug),
        Requirement("buyer slug", r => r with { Buyer = "Mitsubishi RtM" }, "$.requirements[0].buyer", RuleCodes.Slug),
        Requirement("product slug", r => r with { Product = "Gallium 4N" }, "$.requirements[0].product", RuleCodes.Slug),
        Requirement("null spec", r => r with { Spec = null! }, "$.requirements[0].spec", RuleCodes.Required),
        Requirement("zero volume", r => r with { AnnualVolume = MineralsMatch.Minerals.Quantity.Tonnes(0m), MinAnnualVolume = null }, "$.requirements[0].annualVolume.amount", RuleCodes.GreaterThan),
        Requirement("minimum above the volume", r => r with { MinAnnualVolume = r.AnnualVolume + r.AnnualVolume }, "$.requirements[0].minAnnualVolume.amount", RuleCodes.Inconsistent),
        Requirement("tenor minimum", r => r with { Tenor = default }, "$.requirements[0].tenor.minYears", RuleCodes.Range),
        Requirement("destination hub slug", r => r with { DestinationHub = "Tokyo Warehouse" }, "$.requirements[0].destinationHub", RuleCodes.Slug),
        Requirement("too many incoterms", r => r with { Incoterms = [.. Enumerable.Repeat(Incoterm.Cif, InputLimits.MaxNested + 1)] }, "$.requirements[0].incoterms", RuleCodes.TooMany),
        Requirement("undefined incoterm", r => r with { Incoterms = [(Incoterm)77] }, "$.requirements[0].incoterms[0]", RuleCodes.UnknownValue),
        Requirement("too many excluded routes", r => r with { ExcludedRoutes = Many(InputLimits.MaxNested + 1, "r") }, "$.requirements[0].excludedRoutes", RuleCodes.TooMany),
        Requirement("excluded route slug", r => r with { ExcludedRoutes = ["Middle Corridor"] }, "$.requirements[0].excludedRoutes[0]", RuleCodes.Slug),
        Requirement("too many excluded transit countries", r => r with { ExcludedTransitCountries = Many(InputLimits.MaxNested + 1, "t") }, "$.requirements[0].excludedTransitCountries", RuleCodes.TooMany),
        Requirement("too many excluded origin countries", r => r with { ExcludedOriginCountries = Many(InputLimits.MaxNested + 1, "o") }, "$.requirements[0].excludedOriginCountries", RuleCodes.TooMany),
        Requirement("excluded origin country code", r => r with { ExcludedOriginCountries = ["China"] }, "$.requirements[0].excludedOriginCountries[0]", RuleCodes.CountryCode),
        Requirement("too many excluded suppliers", r => r with { ExcludedSuppliers = Many(InputLimits.MaxNested + 1, "s") }, "$.requirements[0].excludedSuppliers", RuleCodes.TooMany),
        Requirement("excluded supplier slug", r => r with { ExcludedSuppliers = ["Tau Ken"] }, "$.requirements[0].excludedSuppliers[0]", RuleCodes.Slug),
        Requirement("blank attribute key", r => r with { Attributes = new Dictionary<string, string> { [""] = "x" } }, "$.requirements[0].attributes['']", RuleCodes.Text),
        Requirement("control character in the note", r => r with { Note = "a\u001bb" }, "$.requirements[0].note", RuleCodes.ControlCharacter),
        Route("id slug", r => r with { Id = "Middle Corridor" }, "$.routes[0].id", RuleCodes.Slug),
        Route("blank name", r => r with { Name = " " }, "$.routes[0].name", RuleCodes.Text),
        Route("control character in the note", r => r with { Note = "a\u0007b" }, "$.routes[0].note", RuleCodes.ControlCharacter),
        Route("too many tags", r => r with { Tags = Many(InputLimits.MaxNested + 1, "t") }, "$.routes[0].tags", RuleCodes.TooMany),
        Route("tag slug", r => r with { Tags = ["Caspian Crossing"] }, "$.routes[0].tags[0]", RuleCodes.Slug),
        Route("per-contract limit above the largest volume", r => r with { MaxAnnualVolume = MineralsMatch.Minerals.Quantity.Tonnes(2e9m) }, "$.routes[0].maxAnnualVolume.amount", RuleCodes.Range),
        Route("shared capacity above the largest volume", r => r with { SharedAnnualCapacity = MineralsMatch.Minerals.Quantity.Tonnes(2e9m) }, "$.routes[0].sharedAnnualCapacity.amount", RuleCodes.Range),
    ];

    [TestCaseSource(nameof(BrokenMarkets))]
    public void A_market_breaking_one_rule_gets_that_rules_error_at_its_path(Func<Market, Market> breakIt, string path, string rule)
    {
        var errors = MarketValidation.Validate(breakIt(Example), TestFiles.Catalog);

        Assert.That(errors.Select(e => (e.Path, e.Rule)), Does.Contain((path, rule)), string.Join(Environment.NewLine, errors));
    }

    [Test]
    public void Lists_of_exactly_the_nesting_limit_and_capacities_of_exactly_the_largest_volume_are_valid()
    {
        var market = Example with
        {
            Routes = [Example.Routes[0] with { Tags = Many(InputLimits.MaxNested, "t"), MaxAnnualVolume = MineralsMatch.Minerals.Quantity.Tonnes(InputLimits.MaxVolume), SharedAnnualCapacity = MineralsMatch.Minerals.Quantity.Tonnes(InputLimits.MaxVolume) }, .. Example.Routes.Skip(1)],
        };

        Assert.That(MarketValidation.Validate(market, TestFiles.Catalog), Is.Empty);
    }

    public static IEnumerable<TestCaseData> BrokenOptions() =>
    [
        Options("undefined pricing", o => o.Pricing = (PricingPolicy)42, "$.pricing", RuleCodes.UnknownValue),
        Options("stable objective with core pricing", o => { o.Objective = MatchObjective.Stable; o.Pricing = PricingPolicy.Core; }, "$.pricing", RuleCodes.Inconsistent),
        Options("risk aversion above 100", o => o.RiskAversion = 101m, "$.riskAversion", RuleCodes.Range),
        Options("priority premium above 1", o => o.PriorityPremiumPerLevel = 1.5m, "$.priorityPremiumPerLevel", RuleCodes.Range),
        Options("horizon before 1900", o => o.PlanningHorizon = DeliveryWindow.Of(1899, 1920), "$.horizon.firstYear", RuleCodes.Range),
        Options("horizon after 2200", o => o.PlanningHorizon = DeliveryWindow.Of(2190, 2201), "$.horizon.lastYear", RuleCodes.Range),
        Options("horizon longer than 60 years", o => o.PlanningHorizon = DeliveryWindow.Of(2000, 2060), "$.horizon.lastYear", RuleCodes.Limit),
    ];

    [TestCaseSource(nameof(BrokenOptions))]
    public void Options_breaking_one_rule_get_that_rules_error_at_its_path(Action<MatchingOptions> breakIt, string path, string rule)
    {
        var options = new MatchingOptions();
        breakIt(options);

        var errors = MatchingOptionsValidation.Validate(options);

        Assert.That(errors.Select(e => (e.Path, e.Rule)), Is.EqualTo(new[] { (path, rule) }), string.Join(Environment.NewLine, errors));
    }

    [TestCase(1900, 1959)]
    [TestCase(2141, 2200)]
    [TestCase(2026, 2026)]
    public void Horizons_at_the_year_limits_and_of_exactly_60_years_are_valid(int first, int last) =>
        Assert.That(MatchingOptionsValidation.Validate(new MatchingOptions { PlanningHorizon = DeliveryWindow.Of(first, last) }), Is.Empty);

    [Test]
    public void Stable_objective_with_pair_pricing_is_valid() =>
        Assert.That(MatchingOptionsValidation.Validate(new MatchingOptions { Objective = MatchObjective.Stable, Pricing = PricingPolicy.Pair }), Is.Empty);

    private static TestCaseData Offer(string name, Func<SupplyOffer, SupplyOffer> breakIt, string path, string rule) =>
        Case("offer " + name, m => m with { Offers = [breakIt(m.Offers[0]), .. m.Offers.Skip(1)] }, path, rule);

    private static TestCaseData Requirement(string name, Func<Requirement, Requirement> breakIt, string path, string rule) =>
        Case("requirement " + name, m => m with { Requirements = [breakIt(m.Requirements[0]), .. m.Requirements.Skip(1)] }, path, rule);

    private static TestCaseData Route(string name, Func<MineralsMatch.Logistics.Route, MineralsMatch.Logistics.Route> breakIt, string path, string rule) =>
        Case("route " + name, m => m with { Routes = [breakIt(m.Routes[0]), .. m.Routes.Skip(1)] }, path, rule);

    private static TestCaseData Case(string name, Func<Market, Market> breakIt, string path, string rule) =>
        new TestCaseData(breakIt, path, rule).SetArgDisplayNames(name);

    private static TestCaseData Options(string name, Action<MatchingOptions> breakIt, string path, string rule) =>
        new TestCaseData(breakIt, path, rule).SetArgDisplayNames(name);
}
