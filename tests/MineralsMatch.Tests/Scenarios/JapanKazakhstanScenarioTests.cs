using MineralsMatch.Matching;
using MineralsMatch.Results;

namespace MineralsMatch.Tests.Scenarios;

public sealed class JapanKazakhstanScenarioTests
{
    private static MatchResult Result => MatchingEngine.Create().Match(MarketScenarios.JapanKazakhstan());

    [Test]
    public void Embedded_market_loads_and_validates()
    {
        var market = MarketScenarios.JapanKazakhstan();

        Assert.That(market.Offers, Is.Not.Empty);
        Assert.That(market.Requirements, Is.Not.Empty);
        Assert.That(MineralsMatch.Validation.MarketValidation.Validate(market, MineralsMatch.Minerals.MineralCatalog.Default), Is.Empty);
    }

    [Test]
    public void Gallium_and_manganese_sulfate_contracts_are_proposed_from_kazakh_producers()
    {
        var result = Result;
        TestContext.Out.WriteLine(MatchResultJson.Render(result));

        var gallium = result.Proposals.Where(p => p.Product == "gallium-4n").ToList();
        var manganese = result.Proposals.Where(p => p.Product == "mnso4-battery").ToList();
        Assert.That(gallium.Where(p => p.Supplier == "aluminium-of-kazakhstan").Select(p => p.Buyer), Is.EqualTo(new[] { "mitsubishi-corporation-rtm-japan" }), "the whole Pavlodar output goes to MC RtM, as signed");
        Assert.That(manganese.Select(p => p.Supplier), Has.Some.EqualTo("taza-metal-technologies"));
        Assert.That(manganese.Select(p => p.Buyer), Has.Some.EqualTo("sumitomo-metal-mining"));
    }

    [Test]
    public void Gallium_asks_and_bids_sit_in_the_sourced_ex_china_range()
    {
        // Fastmarkets Rotterdam USD 500-600/kg on 2023-12-15 [FM-Ga-2023]; Argus Europe USD 1,300-1,450/kg on 2025-12-22 [ARGUS-Ga-2025].
        var market = MarketScenarios.JapanKazakhstan();
        var prices = market.Offers.Where(o => o.Product == "gallium-4n").Select(o => (o.Id, o.Ask.Usd))
            .Concat(market.Requirements.Where(r => r.Product == "gallium-4n").Select(r => (r.Id, r.Bid.Usd)))
            .ToList();

        Assert.That(prices, Has.Count.EqualTo(7));
        Assert.That(prices, Has.All.Matches<(string Id, decimal Usd)>(p => p.Usd >= 500m && p.Usd <= 1_450m));
    }

    [Test]
    public void The_gallium_seller_is_aluminium_of_kazakhstan_and_the_signed_deal_is_kept_as_a_reference()
    {
        var market = MarketScenarios.JapanKazakhstan();

        Assert.That(market.Offers.Where(o => o.Product == "gallium-4n" && o.OriginHub == "pavlodar").Select(o => o.Producer), Is.EqualTo(new[] { "aluminium-of-kazakhstan" }));
        var deal = market.ReferenceDeals.Single();
        Assert.That((deal.Supplier, deal.Buyer, deal.Product, deal.AnnualVolume.Amount, deal.StartYear, deal.Source), Is.EqualTo(("aluminium-of-kazakhstan", "mitsubishi-corporation-rtm-japan", "gallium-4n", 15_000m, 2026, "MC-Ga-2026")));
    }

    [Test]
    public void Katpar_apt_is_sold_by_the_venture_from_2029_and_tau_ken_samruk_sells_its_own_tuyuk_barite()
    {
        var market = MarketScenarios.JapanKazakhstan();

        var apt = market.Offers.Single(o => o.Product == "apt");
        Assert.That(apt.Producer, Is.EqualTo("severniy-katpar"));
        Assert.That(apt.Window.FirstYear, Is.GreaterThanOrEqualTo(2029));
        Assert.That(market.Offers.Where(o => o.Producer == "tau-ken-samruk").Select(o => (o.Product, o.OriginHub)), Is.EqualTo(new[] { ("barite", "tuyuk") }));
    }

    [Test]
    public void Kazchrome_ferrochrome_the_largest_real_flow_is_offered_and_contracted()
    {
        var result = Result;

        var ferrochrome = result.Proposals.Where(p => p.Product == "hc-ferrochrome").ToList();
        Assert.That(ferrochrome.Select(p => (p.Supplier, p.Buyer)), Is.EqualTo(new[] { ("erg", "jfe-steel") }));
    }

    [Test]
    public void Unmet_demand_is_explained()
    {
        var unmet = Result.Requirements.Where(r => r.Unmet.Amount > 0).ToList();

        Assert.That(unmet, Is.Not.Empty);
        Assert.That(unmet, Has.All.Matches<RequirementOutcome>(r => r!.Reasons.Count > 0));
        Assert.That(unmet.SelectMany(r => r.Reasons).Select(r => r.Kind), Has.Some.EqualTo(ReasonKind.GradeShortfall));
    }

    [Test]
    public void No_buyer_that_excludes_russia_is_routed_through_it()
    {
        var market = MarketScenarios.JapanKazakhstan();
        foreach (var proposal in Result.Proposals)
        {
            var requirement = market.Requirements.Single(r => r.Id == proposal.Requirement);
            var route = market.Routes.Single(r => r.Id == proposal.Route);
            Assert.That(route.TransitCountries.Intersect(requirement.ExcludedTransitCountries), Is.Empty, proposal.Id);
        }
    }

    [Test]
    public void Result_names_every_party_it_mentions()
    {
        var result = Result;
        var json = MatchResultJson.Render(result);

        var named = result.Parties.Select(p => p.Id).ToHashSet();
        Assert.That(result.Proposals.SelectMany(p => new[] { p.Supplier, p.Buyer }).Distinct(), Is.SubsetOf(named));
        Assert.That(result.Parties.Single(p => p.Id == "erg").Country, Is.EqualTo("KZ"));
        Assert.That(json, Does.Contain("\"parties\": [").And.Contain("\"id\": \"jogmec\""));
    }
}
