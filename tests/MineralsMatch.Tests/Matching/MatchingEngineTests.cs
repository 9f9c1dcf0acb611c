using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Matching;

public sealed class MatchingEngineTests
{
    private static readonly MatchingOptions Plain = TestMarket.Plain.Value;

    private static MatchResult Run(TestMarket market, MatchingOptions? options = null) =>
        MatchingEngine.Create(TestMarket.Catalog).Match(market.Build(), options ?? Plain);

    [Test]
    public void Scarce_capacity_goes_to_the_buyer_that_creates_more_value()
    {
        // Values per kg: bid − ask − 1 USD logistics (1 000 USD/t) = 99 for R1 and 59 for R2.
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m)
            .Requirement("r1", "jogmec", 6_000m, 300m)
            .Requirement("r2", "hitachi", 8_000m, 260m));

        Assert.That(result.Proposals.Select(p => (p.Requirement, p.AnnualVolume)).ToArray(), Is.EqualTo(new[]
        {
            ("r1", Quantity.Kilograms(6_000m)),
            ("r2", Quantity.Kilograms(4_000m)),
        }));
        Assert.That(result.Kpis.AnnualValueScore, Is.EqualTo((6_000m * 99m) + (4_000m * 59m)));
        var r2 = result.Requirements.Single(r => r.Requirement == "r2");
        Assert.That(r2.Unmet, Is.EqualTo(Quantity.Kilograms(4_000m)));
        Assert.That(r2.Reasons.Select(r => r.Kind).ToArray(), Is.EqualTo(new[] { ReasonKind.CapacityTaken }));
        Assert.That(result.Offers.Single().ShadowPrice, Is.EqualTo(59m), "one more kg of capacity would go to r2");
        Assert.That(result.Requirements.Single(r => r.Requirement == "r1").ShadowPrice, Is.EqualTo(40m), "one more kg for r1 displaces a kg of r2: 99 − 59");
        Assert.That(r2.ShadowPrice, Is.Zero, "r2 is already short, more demand adds nothing");
    }

    [Test]
    public void Bid_below_landed_cost_is_rejected_with_the_price_gap()
    {
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m)
            .Requirement("r1", "jogmec", 1_000m, 200.5m));

        Assert.That(result.Proposals, Is.Empty);
        var reason = result.Requirements.Single().Reasons.Single();
        Assert.That(reason.Kind, Is.EqualTo(ReasonKind.PriceGap));
        Assert.That(reason.Message, Does.Contain("landed cost 201 USD/kg").And.Contain("exceeds the bid 200.5 USD/kg by 0.5"));
        Assert.That(result.Offers.Single().Reasons.Single().Counterpart, Is.EqualTo("r1"));
    }

    [Test]
    public void Offer_below_the_purity_spec_is_rejected_with_the_grade_reason()
    {
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m, change: o => o with { Grade = new GradeSpec { Form = ProductForm.Metal, MinContent = 0.999m } })
            .Requirement("r1", "jogmec", 1_000m, 300m));

        var reason = result.Requirements.Single().Reasons.Single();
        Assert.That(reason.Kind, Is.EqualTo(ReasonKind.GradeShortfall));
        Assert.That(reason.Message, Does.Contain("content: needs ≥ 99.99 %, offered 99.9 %"));
    }

    [Test]
    public void Buyer_that_excludes_a_transit_country_never_gets_that_route()
    {
        var market = new TestMarket()
            .Route("northern", "origin", "tokyo", costPerTonne: 100m, transit: "RU")
            .Offer("o1", "erg", 10_000m, 200m)
            .Requirement("r1", "jogmec", 1_000m, 300m, change: r => r with { ExcludedTransitCountries = ["RU"] })
            .Requirement("r2", "hitachi", 1_000m, 300m);

        var result = Run(market);

        Assert.That(result.Proposals.Single(p => p.Requirement == "r1").Route, Is.EqualTo("direct"));
        Assert.That(result.Proposals.Single(p => p.Requirement == "r2").Route, Is.EqualTo("northern"), "the cheaper route where it is allowed");
    }

    [Test]
    public void Supplier_share_cap_splits_demand_between_suppliers()
    {
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m)
            .Offer("o2", "other", 10_000m, 250m)
            .Requirement("r1", "jogmec", 1_000m, 300m, change: r => r with { MaxShareFromSupplier = 0.6m }));

        Assert.That(result.Proposals.Select(p => (p.Supplier, p.AnnualVolume.Amount)).ToArray(), Is.EqualTo(new[] { ("erg", 600m), ("other", 400m) }));
        Assert.That(result.Offers.Single(o => o.Offer == "o1").Reasons.Select(r => r.Kind).ToArray(), Is.EqualTo(new[] { ReasonKind.DiversificationCap }));
    }

    [Test]
    public void Country_share_cap_creates_a_country_node_only_where_it_can_bind()
    {
        var result = Run(new TestMarket()
            .Offer("cn1", "cn-a", 10_000m, 150m, country: "CN", hub: "cn-origin")
            .Offer("cn2", "cn-b", 10_000m, 160m, country: "CN", hub: "cn-origin")
            .Offer("kz", "erg", 10_000m, 250m)
            .Requirement("r1", "jogmec", 1_000m, 300m, change: r => r with { MaxShareFromCountry = 0.4m }));

        Assert.That(result.Solver.CountryNodes, Is.EqualTo(1));
        var fromChina = result.Proposals.Where(p => p.Supplier.StartsWith("cn-", StringComparison.Ordinal)).Sum(p => p.AnnualVolume.Amount);
        Assert.That(fromChina, Is.EqualTo(400m));
        Assert.That(result.Proposals.Single(p => p.Supplier == "erg").AnnualVolume.Amount, Is.EqualTo(400m), "Kazakhstan is capped at 40 % too");
        var r1 = result.Requirements.Single();
        Assert.That(r1.Unmet.Amount, Is.EqualTo(200m));
        Assert.That(r1.Reasons.Select(r => r.Kind).Distinct().ToArray(), Is.EqualTo(new[] { ReasonKind.DiversificationCap }));
    }

    [Test]
    public void Coverage_first_serves_the_high_priority_buyer_the_value_objective_would_not()
    {
        var market = new TestMarket()
            .Offer("o1", "erg", 1_000m, 200m)
            .Requirement("stockpile", "jogmec", 1_000m, 215m, priority: 9)
            .Requirement("trader", "hitachi", 1_000m, 260m, priority: 1);

        var byValue = Run(market);
        var byCoverage = Run(market, Plain with { Objective = MatchObjective.CoverageFirst });

        Assert.That(byValue.Proposals.Single().Requirement, Is.EqualTo("trader"));
        Assert.That(byCoverage.Proposals.Single().Requirement, Is.EqualTo("stockpile"));
        Assert.That(byCoverage.Objective, Is.EqualTo(MatchObjective.CoverageFirst));
    }

    [Test]
    public void Split_below_a_minimum_volume_is_dropped_and_explained()
    {
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 1_500m, 200m)
            .Requirement("r1", "jogmec", 1_000m, 300m)
            .Requirement("r2", "hitachi", 1_000m, 280m, change: r => r with { MinAnnualVolume = Quantity.Kilograms(800m) }));

        Assert.That(result.Proposals.Select(p => p.Requirement).ToArray(), Is.EqualTo(new[] { "r1" }));
        var reason = result.Requirements.Single(r => r.Requirement == "r2").Reasons[0];
        Assert.That(reason.Kind, Is.EqualTo(ReasonKind.BelowMinimumVolume));
        Assert.That(reason.Message, Does.Contain("500 kg/yr").And.Contain("800 kg/yr"));
    }

    [Test]
    public void Contract_terms_follow_the_policy()
    {
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m)
            .Requirement("r1", "jogmec", 1_000m, 300m));

        var p = result.Proposals.Single();
        Assert.Multiple(() =>
        {
            Assert.That(p.StartYear, Is.EqualTo(2026));
            Assert.That(p.TenorYears, Is.EqualTo(10));
            Assert.That(p.Terms.Incoterm, Is.EqualTo(Incoterm.Fca));
            Assert.That(p.Terms.Floor, Is.EqualTo(Price.PerKilogram(200m)));
            Assert.That(p.Terms.Ceiling, Is.EqualTo(Price.PerKilogram(299m)));
            Assert.That(p.Terms.Base, Is.EqualTo(Price.PerKilogram(249.5m)));
            Assert.That(p.Terms.IndexLinked, Is.True);
            Assert.That(p.Terms.VolumeFlexibility, Is.EqualTo(0m), "the requirement is fully met: no room above its demand for a ±10 % band");
            Assert.That(p.Terms.FlexibilityLimit, Does.StartWith("requirement r1's demand in 2026: 1000 kg"));
            Assert.That(p.LandedCost, Is.EqualTo(Price.PerKilogram(201m)));
            Assert.That(p.Schedule, Has.Count.EqualTo(40));
            Assert.That(p.Schedule.Sum(s => s.Quantity.Amount), Is.EqualTo(10m * 1_000m));
            Assert.That(p.ValueBreakdown.Select(c => c.Name).ToArray(), Is.EqualTo(new[] { "price-margin", "logistics" }));
        });
    }

    [Test]
    public void Empty_market_gives_an_empty_result_not_an_exception()
    {
        var result = Run(new TestMarket());

        Assert.That(result.Proposals, Is.Empty);
        Assert.That(result.Solver.Status, Is.EqualTo("Optimal"));
        Assert.That(result.Kpis.MeanDemandMetShare, Is.Zero);
        Assert.That(result.Kpis.Minerals, Is.Empty);
        Assert.That(result.Kpis.Lists, Is.Empty);
    }

    [Test]
    public void Requirement_without_any_offer_of_its_product_says_so()
    {
        var result = Run(new TestMarket().Requirement("r1", "jogmec", 1_000m, 300m));

        Assert.That(result.Requirements.Single().Reasons.Single().Kind, Is.EqualTo(ReasonKind.NoOfferOfProduct));
    }

    [Test]
    public void Offers_may_name_the_catalogs_reference_parties()
    {
        var market = MarketScenarios.JapanKazakhstan();
        var erg = market.Parties.Single(p => p.Id == "erg");
        var withoutErg = market with { Parties = [.. market.Parties.Where(p => p.Id != "erg")] };

        var result = MatchingEngine.Create().Match(withoutErg);

        Assert.That(MineralCatalog.Default.Parties.Select(p => p.Id), Does.Contain(erg.Id));
        Assert.That(result.Proposals.Select(p => p.Supplier), Does.Contain("erg"));
    }

    [Test]
    public void Many_reasons_of_one_kind_are_summarised_after_five()
    {
        var market = new TestMarket().Offer("o1", "erg", 100_000m, 200m);
        for (var j = 1; j <= 8; j++)
        {
            market.Requirement($"r{j}", $"buyer{j}", 1_000m, 300m);
        }

        var reasons = Run(market).Offers.Single().Reasons;

        Assert.That(reasons, Has.Count.EqualTo(6));
        Assert.That(reasons.Take(5).Select(r => r.Counterpart).ToArray(), Is.EqualTo(new[] { "r1", "r2", "r3", "r4", "r5" }));
        Assert.That(reasons[5].Message, Is.EqualTo("and 3 more pairings for the same reason (demand-exhausted)"));
    }
}
