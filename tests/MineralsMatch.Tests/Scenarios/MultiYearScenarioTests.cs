using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;
using NUnit.Framework;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>The multi-year keys (capacity and demand by year, shared route capacity, horizon, discount rate): read, written, and checked.</summary>
public sealed class MultiYearScenarioTests
{
    private const string OfferMinimum = "\"minAnnualVolume\": { \"amount\": 1000, \"unit\": \"kg\" },";
    private const string RequirementWindow = "\"window\": { \"firstYear\": 2026, \"lastYear\": 2035 },";
    private const string RouteLimit = "\"maxAnnualVolume\": { \"amount\": 50, \"unit\": \"t\" },";
    private const string Options = "\"bargainingShare\": 0.4 }";

    public static IEnumerable<TestCaseData> Broken() =>
    [
        Case("profile-year-before-window", OfferMinimum, "\"capacityByYear\": { \"startQuarter\": 3, \"years\": [ { \"year\": 2025, \"amount\": 12000 } ] }, " + OfferMinimum, "Range", "$.offers[0].capacityByYear.years[0].year: must be within the window (2026–2040) (was 2025)"),
        Case("profile-years-not-increasing", OfferMinimum, "\"capacityByYear\": { \"years\": [ { \"year\": 2027, \"amount\": 6000 }, { \"year\": 2027, \"amount\": 8000 } ] }, " + OfferMinimum, "Inconsistent", "$.offers[0].capacityByYear.years[1].year: must be after the previous entry's year (2027) (was 2027)"),
        Case("profile-above-annual-volume", OfferMinimum, "\"capacityByYear\": { \"years\": [ { \"year\": 2026, \"amount\": 15000 } ] }, " + OfferMinimum, "Inconsistent", "$.offers[0].capacityByYear.years[0].amount: must not exceed annualVolume (12000 kg) (was 15000)"),
        Case("profile-negative-amount", OfferMinimum, "\"capacityByYear\": { \"years\": [ { \"year\": 2026, \"amount\": -1 } ] }, " + OfferMinimum, "Range", "$.offers[0].capacityByYear.years[0].amount: must not be negative (was -1)"),
        Case("profile-quarter-five", OfferMinimum, "\"capacityByYear\": { \"startQuarter\": 5, \"years\": [ { \"year\": 2026, \"amount\": 6000 } ] }, " + OfferMinimum, "Range", "$.offers[0].capacityByYear.startQuarter: must be between 1 and 4 (was 5)"),
        Case("profile-no-years", OfferMinimum, "\"capacityByYear\": { \"years\": [ ] }, " + OfferMinimum, "Required", "$.offers[0].capacityByYear.years: must hold at least one year (was 0 items)"),
        Case("profile-null-year", OfferMinimum, "\"capacityByYear\": { \"years\": [ { \"year\": 2026, \"amount\": 6000 }, null ] }, " + OfferMinimum, "Required", "$.offers[0].capacityByYear.years[1]: must not be null"),
        Case("profile-unknown-key", OfferMinimum, "\"capacityByYear\": { \"ramp\": 2, \"years\": [ { \"year\": 2026, \"amount\": 6000 } ] }, " + OfferMinimum, "UnknownKey", "$.offers[0].capacityByYear.ramp: unknown key 'ramp' (allowed: startQuarter, years)"),
        Case("demand-missing-years", RequirementWindow, "\"demandByYear\": { \"startQuarter\": 2 }, " + RequirementWindow, "Required", "$.requirements[0].demandByYear: missing required key 'years'"),
        Case("demand-year-after-window", RequirementWindow, "\"demandByYear\": { \"years\": [ { \"year\": 2036, \"amount\": 4000 } ] }, " + RequirementWindow, "Range", "$.requirements[0].demandByYear.years[0].year: must be within the window (2026–2035) (was 2036)"),
        Case("shared-route-capacity-zero", RouteLimit, RouteLimit + " \"sharedAnnualCapacity\": { \"amount\": 0, \"unit\": \"t\" },", "GreaterThan", "$.routes[0].sharedAnnualCapacity.amount: must be greater than 0 (was 0)"),
        Case("horizon-inverted", Options, "\"bargainingShare\": 0.4, \"horizon\": { \"firstYear\": 2040, \"lastYear\": 2026 } }", "Inconsistent", "$.options.horizon.lastYear: must not be before firstYear (2040) (was 2026)"),
        Case("horizon-too-long", Options, "\"bargainingShare\": 0.4, \"horizon\": { \"firstYear\": 2000, \"lastYear\": 2100 } }", "Limit", "$.options.horizon.lastYear: must be at most 60 years after firstYear (2000) (was 2100)"),
        Case("discount-rate-above-one", Options, "\"bargainingShare\": 0.4, \"discountRate\": 1.5 }", "Range", "$.options.discountRate: must be between 0 and 1 (was 1.5)"),
    ];

    [TestCaseSource(nameof(Broken))]
    public void Broken_multi_year_key_is_reported_with_file_line_column_and_path(string replace, string with, string rule, string expected)
    {
        var text = TestFiles.Text("scenario.json");
        Assert.That(text.Split(replace), Has.Length.EqualTo(2), "the text to replace must occur once");

        var exception = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(text.Replace(replace, with, StringComparison.Ordinal), "market.json", TestFiles.Catalog));

        var error = exception!.Errors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Rule, Is.EqualTo(rule));
            Assert.That(error.ToString(), Does.StartWith("market.json:").And.EndWith(" " + expected));
            Assert.That(error.Line, Is.EqualTo(LineOf(text, replace)));
            Assert.That(error.Column, Is.GreaterThan(0));
        });
    }

    [Test]
    public void A_file_with_every_multi_year_key_loads_them_and_saves_them_back()
    {
        var text = WithMultiYearKeys();

        var scenario = ScenarioFile.Parse(text, "market.json", TestFiles.Catalog);
        var again = ScenarioFile.Parse(ScenarioFile.Write(scenario), "again.json", TestFiles.Catalog);

        var offer = scenario.Market.Offers[0];
        Assert.Multiple(() =>
        {
            Assert.That(offer.CapacityByYear, Is.EqualTo(new YearlyProfile { StartQuarter = 3, Years = [new YearAmount(2026, 12000m), new YearAmount(2028, 15000m)] }));
            Assert.That(offer.CapacityByYear!.AmountIn(2026), Is.EqualTo(6000m));
            Assert.That(offer.CapacityByYear.AmountIn(2027), Is.EqualTo(12000m));
            Assert.That(offer.CapacityByYear.AmountIn(2040), Is.EqualTo(15000m));
            Assert.That(offer.CapacityByYear.AmountIn(2025), Is.Zero);
            Assert.That(scenario.Market.Requirements[0].DemandByYear!.Years, Is.EqualTo(new[] { new YearAmount(2026, 3000m), new YearAmount(2030, 5000m) }));
            Assert.That(scenario.Market.Routes[0].SharedAnnualCapacity, Is.EqualTo(Quantity.Tonnes(30m)));
            Assert.That(scenario.Market.Routes[0].MaxAnnualVolume, Is.EqualTo(Quantity.Tonnes(50m)));
            Assert.That(scenario.Options!.PlanningHorizon, Is.EqualTo(DeliveryWindow.Of(2026, 2040)));
            Assert.That(scenario.Options.DiscountRate, Is.EqualTo(0.08m));
            Assert.That(again, Is.EqualTo(scenario));
        });
    }

    [Test]
    public void A_file_without_the_multi_year_keys_reads_as_one_representative_year()
    {
        var scenario = ScenarioFile.Parse(TestFiles.Text("scenario.json"), "market.json", TestFiles.Catalog);

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Market.Offers.Select(o => o.CapacityByYear), Has.All.Null);
            Assert.That(scenario.Market.Requirements.Select(r => r.DemandByYear), Has.All.Null);
            Assert.That(scenario.Market.Routes.Select(r => r.SharedAnnualCapacity), Has.All.Null);
            Assert.That(scenario.Options!.PlanningHorizon, Is.Null);
            Assert.That(scenario.Options.DiscountRate, Is.Zero);
            Assert.That(ScenarioFile.Write(scenario), Does.Not.Contain("horizon").And.Not.Contain("discountRate").And.Not.Contain("ByYear").And.Not.Contain("shared"));
        });
    }

    internal static string WithMultiYearKeys() => TestFiles.Text("scenario.json")
        .Replace(OfferMinimum, "\"capacityByYear\": { \"startQuarter\": 3, \"years\": [ { \"year\": 2026, \"amount\": 12000 }, { \"year\": 2028, \"amount\": 15000 } ] }, " + OfferMinimum, StringComparison.Ordinal)
        .Replace("\"amount\": 12000, \"unit\": \"kg\"", "\"amount\": 15000, \"unit\": \"kg\"", StringComparison.Ordinal)
        .Replace(RequirementWindow, "\"demandByYear\": { \"years\": [ { \"year\": 2026, \"amount\": 3000 }, { \"year\": 2030, \"amount\": 5000 } ] }, " + RequirementWindow, StringComparison.Ordinal)
        .Replace(RouteLimit, RouteLimit + " \"sharedAnnualCapacity\": { \"amount\": 30, \"unit\": \"t\" },", StringComparison.Ordinal)
        .Replace(Options, "\"bargainingShare\": 0.4, \"horizon\": { \"firstYear\": 2026, \"lastYear\": 2040 }, \"discountRate\": 0.08 }", StringComparison.Ordinal);

    private static int LineOf(string text, string fragment) => text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static TestCaseData Case(string name, string replace, string with, string rule, string expected) =>
        new TestCaseData(replace, with, rule, expected).SetArgDisplayNames(name);
}
