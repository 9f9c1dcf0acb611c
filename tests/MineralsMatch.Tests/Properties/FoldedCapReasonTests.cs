using MineralsMatch.Matching;
using MineralsMatch.Tests.Matching;

namespace MineralsMatch.Tests.Properties;

/// <summary>A market the property test found: a supplier cap that binds on a requirement served by one link of the supplier.</summary>
public sealed class FoldedCapReasonTests
{
    [Test]
    public void A_supplier_cap_folded_into_a_single_link_is_named_as_the_reason_for_unmet_demand()
    {
        // Seed 2228 (tiny): r1 wants 45.929 kg with at most 90 % from one supplier; its only offer's supplier gives 40 kg
        // (90 % of 45 whole steps). The layout has no supplier node for one link, so the cap was binding without a reason.
        var (market, options) = HostileMarkets.Create(2228, MarketSize.Tiny);

        var result = MatchingEngine.Create(TestMarket.Catalog).Match(market, options);
        var r1 = result.Requirements.Single(r => r.Requirement == "r1");

        Assert.That(r1.Met.Amount, Is.EqualTo(40m));
        Assert.That(r1.Reasons.Select(r => r.Kind), Does.Contain(ReasonKind.DiversificationCap));
        Assert.That(ResultChecker.Problems(market, options, result, TestMarket.Catalog), Is.Empty);
    }
}
