using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Policies;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>The embedded market's policy pack: every measure sourced, MOFCOM 1/2026 stops Chinese gallium to defence, Cove Kaz sells the Katpar APT.</summary>
public sealed class EmbeddedPolicyTests
{
    private static MatchResult Run(Market market) => MatchingEngine.Create().Match(market, MarketScenarios.JapanKazakhstanScenario().Options!);

    [Test]
    public void Every_measure_of_the_embedded_pack_names_a_source_of_the_catalog_and_a_note()
    {
        var market = MarketScenarios.JapanKazakhstan();
        var sources = market.Catalog.Sources.Select(s => s.Key).Concat(MineralsMatch.Minerals.MineralCatalog.Default.Sources.Select(s => s.Key)).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(market.Policies.Select(p => p.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<MeasureKind>()));
            Assert.That(market.Policies, Has.All.Matches<TradeMeasure>(m => m != null && sources.Contains(m.Source) && !string.IsNullOrWhiteSpace(m.Note)));
            Assert.That(market.Policies.Where(m => m.Probability is not null || m.LicenceDelayDays is not null), Has.All.Matches<TradeMeasure>(m => m != null && m.Estimate));
        });
    }

    [Test]
    public void No_chinese_gallium_goes_to_a_defence_end_use_in_any_year_after_2026_01_06()
    {
        // The embedded market states no defence end use; every gallium requirement is made a defence one here.
        var market = MarketScenarios.JapanKazakhstan();
        market = market with { Requirements = [.. market.Requirements.Select(r => r.Product == "gallium-4n" ? r with { EndUse = EndUse.Defence } : r)] };

        var result = Run(market);

        var chinese = result.Proposals.Where(p => p.Supplier == "cn-gallium-producer").ToList();
        var reasons = result.Requirements.Where(r => r.Unmet.Amount > 0m)
            .SelectMany(r => r.Reasons.Where(x => x.Counterpart == "cn-gallium-export"))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(chinese, Is.Empty);
            Assert.That(reasons.Where(r => r.Kind == ReasonKind.TradeBan), Is.Not.Empty);
            Assert.That(reasons, Has.All.Matches<Reason>(r => r != null && ((r.Kind == ReasonKind.TradeBan && r.Measure == "cn-mofcom-1-2026-jp-military") || r.Kind == ReasonKind.Excluded)), "the ban, or the requirement's own exclusion of Chinese suppliers");
        });
    }

    [Test]
    public void Chinese_gallium_still_reaches_a_civil_buyer_under_its_licence()
    {
        var result = Run(MarketScenarios.JapanKazakhstan());

        var chinese = result.Proposals.Where(p => p.Supplier == "cn-gallium-producer").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(chinese, Is.Not.Empty);
            Assert.That(chinese, Has.All.Matches<Contracts.ContractProposal>(p => p != null && p.Explanation.Contains("cn-ga-ge-licence", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void The_katpar_apt_is_sold_by_cove_kaz_under_its_marketing_rights_from_2029()
    {
        var result = Run(MarketScenarios.JapanKazakhstan());

        var apt = result.Proposals.Where(p => p.Offer == "katpar-apt").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(apt, Is.Not.Empty);
            Assert.That(apt, Has.All.Matches<Contracts.ContractProposal>(p => p != null && p.Seller == "cove-kaz-capital" && p.StartYear >= 2029));
            Assert.That(apt, Has.All.Matches<Contracts.ContractProposal>(p => p != null && p.Explanation.Contains("Sold by Cove Kaz Capital Group LLC under cove-kaz-katpar-marketing", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void A_us_buyer_of_apt_is_served_before_jogmec_under_cove_kaz_priority()
    {
        var market = MarketScenarios.JapanKazakhstan();
        var jogmec = market.Requirements.Single(r => r.Id == "jogmec-tungsten-apt");
        var us = jogmec with { Id = "us-dla-apt", Buyer = "us-buyer", AnnualVolume = market.Offers.Single(o => o.Id == "katpar-apt").AnnualVolume, EndUse = EndUse.Stockpile };
        market = market with
        {
            Parties = [.. market.Parties, new Parties.Party { Id = "us-buyer", Name = "US buyer", Country = "US", Roles = Parties.PartyRoles.Buyer }],
            Requirements = [.. market.Requirements, us],
        };

        var result = Run(market);

        var reason = result.Requirements.Single(r => r.Requirement == "jogmec-tungsten-apt").Reasons.Single(r => r.Counterpart == "katpar-apt");
        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Where(p => p.Offer == "katpar-apt").Select(p => p.Requirement), Is.EqualTo(new[] { "us-dla-apt" }));
            Assert.That((reason.Kind, reason.Measure), Is.EqualTo((ReasonKind.MarketingPriority, (string?)"cove-kaz-katpar-marketing")));
        });
    }
}
