using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Policies;
using NUnit.Framework;

namespace MineralsMatch.Tests.Matching;

/// <summary>Trade measures on hand-built markets: bans (by destination, product, end use and date), duties, licences, transit risk, marketing rights.</summary>
public sealed class TradePolicyTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    private static readonly MatchingOptions WithRisk = new() { PriorityPremiumPerLevel = 0m, RiskAversion = 1m };

    private static TradeMeasure Measure(string id, MeasureKind kind, string issuer, Func<TradeMeasure, TradeMeasure>? change = null)
    {
        var measure = new TradeMeasure { Id = id, Kind = kind, Issuer = issuer, Products = ["gallium"], Source = "TEST" };
        return change is null ? measure : change(measure);
    }

    private static Market ChineseGallium(Func<Requirement, Requirement>? change = null) => new TestMarket()
        .Offer("cn", "cn-producer", 1_000m, 200m, country: "CN", hub: "cn-origin")
        .Requirement("r1", "jp-buyer", 500m, 300m, change: change)
        .Build();

    [Test]
    public void A_ban_in_force_in_every_shared_year_stops_the_pair_with_a_trade_ban_reason_that_names_the_measure()
    {
        var ban = Measure("cn-jp-ban", MeasureKind.ExportBan, "CN", m => m with { Destinations = ["JP"], From = new DateOnly(2020, 1, 1) });

        var result = Engine.Match(ChineseGallium() with { Policies = [ban] }, TestMarket.Plain.Value);

        var reason = result.Requirements.Single().Reasons.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals, Is.Empty);
            Assert.That(reason.Kind, Is.EqualTo(ReasonKind.TradeBan));
            Assert.That(reason.Measure, Is.EqualTo("cn-jp-ban"));
            Assert.That(reason.Message, Does.StartWith("cn-jp-ban (CN export ban, from 2020-01-01; source TEST) forbids gallium-4n from CN to JP"));
        });
    }

    [Test]
    public void An_end_use_ban_stops_a_defence_requirement_and_spares_a_civil_one()
    {
        var market = new TestMarket()
            .Offer("cn", "cn-producer", 1_000m, 200m, country: "CN", hub: "cn-origin")
            .Requirement("civil", "jp-civil", 500m, 300m)
            .Requirement("defence", "jp-defence", 500m, 300m, change: r => r with { EndUse = EndUse.Defence })
            .Build();
        var ban = Measure("cn-jp-military", MeasureKind.ExportBan, "CN", m => m with { Destinations = ["JP"], EndUses = [EndUse.Defence], From = new DateOnly(2026, 1, 6) });

        var result = Engine.Match(market with { Policies = [ban] }, TestMarket.Plain.Value);

        var defence = result.Requirements.Single(r => r.Requirement == "defence");
        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Select(p => p.Requirement), Is.EqualTo(new[] { "civil" }));
            Assert.That(defence.Reasons.Select(r => (r.Kind, r.Measure)), Is.EqualTo(new[] { (ReasonKind.TradeBan, (string?)"cn-jp-military") }));
            Assert.That(defence.Reasons.Single().Message, Does.Contain("for defence end use"));
        });
    }

    [TestCase("US", "gallium", TestName = "A_ban_on_another_destination_leaves_the_pair_alone")]
    [TestCase("JP", "manganese", TestName = "A_ban_on_another_product_leaves_the_pair_alone")]
    public void A_ban_that_does_not_match_leaves_the_pair_alone(string destination, string product)
    {
        var ban = Measure("ban", MeasureKind.ExportBan, "CN", m => m with { Products = [product], Destinations = [destination] });

        var result = Engine.Match(ChineseGallium() with { Policies = [ban] }, TestMarket.Plain.Value);

        Assert.That(result.Proposals.Select(p => p.Offer), Is.EqualTo(new[] { "cn" }));
    }

    [Test]
    public void An_export_duty_enters_the_landed_cost_and_costs_its_share_of_the_ask()
    {
        var market = new TestMarket().Offer("kz", "erg", 1_000m, 200m).Requirement("r1", "jp-buyer", 500m, 300m).Build();
        var duty = Measure("kz-duty", MeasureKind.ExportDuty, "KZ", m => m with { DutyPercent = 10m });

        var without = Engine.Match(market, TestMarket.Plain.Value).Proposals.Single();
        var with = Engine.Match(market with { Policies = [duty] }, TestMarket.Plain.Value).Proposals.Single();

        Assert.Multiple(() =>
        {
            Assert.That(without.LandedCost, Is.EqualTo(Price.PerKilogram(201m)));
            Assert.That(with.LandedCost, Is.EqualTo(Price.PerKilogram(221m)));
            Assert.That(with.ValueBreakdown.Single(c => c.Name == "trade-policy").UsdPerUnit, Is.EqualTo(-20m));
            Assert.That(with.ValuePerUnit, Is.EqualTo(without.ValuePerUnit - 20m));
            Assert.That(with.Explanation, Does.Contain("Trade measures: kz-duty (KZ export duty 10 %, no end date; source TEST)"));
        });
    }

    [Test]
    public void A_duty_lifted_before_the_shared_years_costs_nothing()
    {
        var market = new TestMarket().Offer("kz", "erg", 1_000m, 200m).Requirement("r1", "jp-buyer", 500m, 300m).Build();
        var duty = Measure("kz-duty", MeasureKind.ExportDuty, "KZ", m => m with { DutyPercent = 10m, To = new DateOnly(2025, 7, 14) });

        var proposal = Engine.Match(market with { Policies = [duty] }, TestMarket.Plain.Value).Proposals.Single();

        Assert.Multiple(() =>
        {
            Assert.That(proposal.LandedCost, Is.EqualTo(Price.PerKilogram(201m)));
            Assert.That(proposal.ValueBreakdown.Select(c => c.Name), Does.Not.Contain("trade-policy"));
        });
    }

    [Test]
    public void A_duty_that_lifts_the_landed_cost_above_the_bid_rejects_the_pair_with_the_price_gap()
    {
        var market = new TestMarket().Offer("kz", "erg", 1_000m, 200m).Requirement("r1", "jp-buyer", 500m, 215m).Build();
        var duty = Measure("kz-duty", MeasureKind.ExportDuty, "KZ", m => m with { DutyPercent = 10m });

        var result = Engine.Match(market with { Policies = [duty] }, TestMarket.Plain.Value);

        var reason = result.Requirements.Single().Reasons.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals, Is.Empty);
            Assert.That(reason.Kind, Is.EqualTo(ReasonKind.PriceGap));
            Assert.That(reason.Message, Does.StartWith("landed cost 221 USD/kg"));
        });
    }

    [Test]
    public void A_licence_refusal_chance_costs_its_expected_loss_and_its_delay_is_explained()
    {
        var licence = Measure("cn-licence", MeasureKind.ExportLicence, "CN", m => m with { LicenceDelayDays = 45, Probability = 0.1m, From = new DateOnly(2023, 8, 1), Estimate = true });

        var proposal = Engine.Match(ChineseGallium() with { Policies = [licence] }, WithRisk).Proposals.Single();

        Assert.Multiple(() =>
        {
            Assert.That(proposal.ValueBreakdown.Single(c => c.Name == "trade-policy").UsdPerUnit, Is.EqualTo(-20m));
            Assert.That(proposal.LandedCost, Is.EqualTo(Price.PerKilogram(201m)));
            Assert.That(proposal.Explanation, Does.Contain("cn-licence (CN export licence, delay 45 days, refusal chance 0.1, from 2023-08-01; source TEST, estimate)"));
        });
    }

    [TestCase(true, -40, TestName = "A_transit_risk_costs_a_pair_whose_route_transits_the_country")]
    [TestCase(false, 0, TestName = "A_transit_risk_spares_a_pair_whose_route_avoids_the_country")]
    public void A_transit_risk_costs_only_routes_through_the_country(bool viaRussia, decimal expected)
    {
        var market = new TestMarket().Hub("vladivostok", "RU").Offer("kz", "erg", 1_000m, 200m).Requirement("r1", "jp-buyer", 500m, 300m).Build();
        var northern = new Logistics.Route
        {
            Id = "northern",
            Name = "northern",
            Legs =
            [
                new Logistics.RouteLeg { From = "origin", To = "vladivostok", Mode = Logistics.TransportMode.Rail, CostPerTonne = 100m, Days = 10 },
                new Logistics.RouteLeg { From = "vladivostok", To = "tokyo", Mode = Logistics.TransportMode.Sea, CostPerTonne = 100m, Days = 5 },
            ],
        };
        var routes = viaRussia ? [.. market.Routes.Where(r => r.Id != "direct"), northern] : market.Routes;
        var risk = Measure("ru-transit", MeasureKind.TransitRisk, "RU", m => m with { Products = [], TransitCountries = ["RU"], Probability = 0.2m });

        var proposal = Engine.Match(market with { Routes = routes, Policies = [risk] }, WithRisk).Proposals.Single();

        Assert.That(proposal.ValueBreakdown.Where(c => c.Name == "trade-policy").Sum(c => c.UsdPerUnit), Is.EqualTo(expected));
    }

    [Test]
    public void Marketing_rights_sell_through_the_marketer_and_serve_priority_country_buyers_first()
    {
        var result = Engine.Match(Marketed(usDemand: 600m), TestMarket.Plain.Value);

        var japan = result.Proposals.Single(p => p.Requirement == "jp");
        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Select(p => p.Seller).Distinct(), Is.EqualTo(new[] { "cove" }));
            Assert.That(result.Proposals.Single(p => p.Requirement == "us").AnnualVolume, Is.EqualTo(Quantity.Kilograms(600m)));
            Assert.That(japan.AnnualVolume, Is.EqualTo(Quantity.Kilograms(400m)));
            Assert.That(japan.Explanation, Does.Contain("Sold by cove under rights (producer grants marketing rights to cove, buyers in US first, no end date; source TEST)"));
        });
    }

    [Test]
    public void Marketing_rights_whose_priority_buyers_want_the_whole_offer_turn_other_buyers_away_with_the_reason()
    {
        var result = Engine.Match(Marketed(usDemand: 1_000m), TestMarket.Plain.Value);

        var japan = result.Requirements.Single(r => r.Requirement == "jp");
        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Select(p => p.Requirement), Is.EqualTo(new[] { "us" }));
            Assert.That(japan.Reasons.Select(r => (r.Kind, r.Measure)), Is.EqualTo(new[] { (ReasonKind.MarketingPriority, (string?)"rights") }));
            Assert.That(japan.Reasons.Single().Message, Does.EndWith("buyers in US want 1000 kg/yr, all of offer kz, before JP buyers"));
        });
    }

    [Test]
    public void A_ban_from_a_later_date_stops_deliveries_from_its_first_year_in_the_plan()
    {
        var ban = Measure("ban", MeasureKind.ExportBan, "CN", m => m with { From = new DateOnly(2030, 6, 1) });

        var years = DeliveryYears(ChineseGallium(r => r with { Tenor = TenorRange.Of(3, 10) }) with { Policies = [ban] });

        Assert.Multiple(() =>
        {
            Assert.That(years, Is.Not.Empty);
            Assert.That(years, Has.All.LessThan(2030));
        });
    }

    [Test]
    public void A_ban_that_ends_frees_the_pair_from_the_year_after_in_the_plan()
    {
        var ban = Measure("ban", MeasureKind.ExportBan, "CN", m => m with { From = new DateOnly(2026, 1, 6), To = new DateOnly(2028, 12, 31) });

        var years = DeliveryYears(ChineseGallium() with { Policies = [ban] });

        Assert.Multiple(() =>
        {
            Assert.That(years, Is.Not.Empty);
            Assert.That(years, Has.All.GreaterThanOrEqualTo(2029));
        });
    }

    [Test]
    public void A_measure_names_its_products_by_mineral_product_or_hs_code_prefix()
    {
        var product = new Product { Id = "gallium-4n", Mineral = "gallium", Name = "Gallium", Form = ProductForm.Metal, PricingUnit = QuantityUnit.Kilogram, HsCode = "8112.92" };
        var pair = new MineralsMatch.Matching.Candidates.CandidatePair
        {
            Offer = ChineseGallium().Offers[0],
            Requirement = ChineseGallium().Requirements[0],
            Product = product,
            Supplier = new Party { Id = "cn-producer", Name = "cn", Country = "CN", Roles = PartyRoles.Producer },
            Buyer = new Party { Id = "jp-buyer", Name = "jp", Country = "JP", Roles = PartyRoles.Buyer },
            Route = null,
            Options = MatchingOptions.Default,
        };

        bool Concerns(params string[] products) =>
            MineralsMatch.Matching.Candidates.PairMeasures.Concern(Measure("m", MeasureKind.ExportBan, "CN", m => m with { Products = products }), pair);

        Assert.Multiple(() =>
        {
            Assert.That(Concerns("gallium"), Is.True);
            Assert.That(Concerns("gallium-4n"), Is.True);
            Assert.That(Concerns("8112"), Is.True);
            Assert.That(Concerns("8112.92"), Is.True);
            Assert.That(Concerns(), Is.True);
            Assert.That(Concerns("8112.99", "germanium"), Is.False);
        });
    }

    private static List<int> DeliveryYears(Market market)
    {
        var options = MatchingOptions.Default with { PlanningHorizon = DeliveryWindow.Of(2026, 2035) };
        return [.. Engine.Match(market, options).Proposals.Where(p => p.Offer == "cn").SelectMany(p => p.Schedule).Where(i => i.Quantity.Amount > 0m).Select(i => i.Year).Distinct().Order()];
    }

    private static Market Marketed(decimal usDemand)
    {
        var market = new TestMarket()
            .Offer("kz", "producer", 1_000m, 200m)
            .Requirement("us", "us-buyer", usDemand, 300m)
            .Requirement("jp", "jp-buyer", 1_000m, 300m)
            .Build();
        var rights = new TradeMeasure
        {
            Id = "rights",
            Kind = MeasureKind.MarketingRights,
            Issuer = "producer",
            Offers = ["kz"],
            Marketer = "cove",
            PriorityCountries = ["US"],
            Source = "TEST",
        };
        return market with
        {
            Parties = [.. market.Parties.Select(p => p.Id == "us-buyer" ? p with { Country = "US" } : p), new Party { Id = "cove", Name = "cove", Country = "US", Roles = PartyRoles.Trader }],
            Policies = [rights],
        };
    }
}
