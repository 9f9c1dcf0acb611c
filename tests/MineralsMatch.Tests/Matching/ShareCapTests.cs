using MineralsMatch.Matching;

namespace MineralsMatch.Tests.Matching;

/// <summary>Share caps are fractions of the requirement's target, not of what it receives; every reason says so.</summary>
public sealed class ShareCapTests
{
    [Test]
    public void A_country_cap_is_a_share_of_the_target_so_one_country_may_supply_all_a_short_market_delivers()
    {
        // Only Kazakhstan supplies: 1 800 kg is 60 % of the 3 000 kg target, and 100 % of what r1 gets.
        var result = MatchingEngine.Create(TestMarket.Catalog).Match(
            new TestMarket()
                .Offer("kz1", "erg", 1_000m, 200m)
                .Offer("kz2", "kazatomprom", 5_000m, 210m)
                .Requirement("r1", "jogmec", 3_000m, 300m, change: r => r with { MaxShareFromCountry = 0.6m })
                .Build(),
            TestMarket.Plain.Value);

        Assert.That(result.Proposals.Sum(p => p.AnnualVolume.Amount), Is.EqualTo(1_800m));
        var r1 = result.Requirements.Single();
        Assert.That(r1.Met.Amount, Is.EqualTo(1_800m));
        Assert.That(r1.Reasons.Select(r => r.Message), Has.Some.Contains("60 % of r1's target, not of what it gets"));
    }

    [Test]
    public void A_supplier_cap_reason_names_the_target_as_its_base()
    {
        var result = MatchingEngine.Create(TestMarket.Catalog).Match(
            new TestMarket()
                .Offer("o1", "erg", 10_000m, 200m)
                .Requirement("r1", "jogmec", 1_000m, 300m, change: r => r with { MaxShareFromSupplier = 0.7m })
                .Build(),
            TestMarket.Plain.Value);

        Assert.That(result.Proposals.Single().AnnualVolume.Amount, Is.EqualTo(700m));
        Assert.That(result.Requirements.Single().Reasons.Select(r => r.Message), Has.Some.Contains("70 % of the target from one supplier"));
    }
}
