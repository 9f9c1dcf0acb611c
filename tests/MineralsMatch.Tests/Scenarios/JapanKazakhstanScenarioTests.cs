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
        Assert.That(gallium.Select(p => p.Supplier), Has.Some.EqualTo("erg"));
        Assert.That(manganese.Select(p => p.Supplier), Has.Some.EqualTo("taza-metal-technologies"));
        Assert.That(gallium.Concat(manganese).Select(p => p.Buyer), Has.Some.EqualTo("jogmec").Or.Some.EqualTo("sumitomo-metal-mining"));
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
