using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Tests.Matching;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Tests.Pricing;

/// <summary>The pricing policies and negotiation ranges through the engine: hand-checked small markets, random markets, the embedded market.</summary>
public sealed class PricingPolicyTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    private static IEnumerable<int> Seeds => Enumerable.Range(1, 300);

    private static MatchingOptions Plain => TestMarket.Plain.Value;

    // One offer of 1 000 kg at 200 USD/kg, logistics 1 USD/kg; buyers bid 300 (600 kg) and 260 (400 kg): supply equals demand, so
    // the offer's rent per kg can be anything from 0 to 59 (the smaller buyer's value): the core prices run from 200 to 259.
    private static Market Clearing() => new TestMarket()
        .Offer("erg-gallium", "erg", 1000m, 200m)
        .Requirement("r-high", "hitachi", 600m, 300m)
        .Requirement("r-low", "mitsui", 400m, 260m)
        .Build();

    [TestCase(PricingPolicy.SellerOptimal, 259.0)]
    [TestCase(PricingPolicy.BuyerOptimal, 200.0)]
    [TestCase(PricingPolicy.Midpoint, 229.5)]
    public void A_core_policy_gives_every_buyer_of_one_offer_the_same_hand_checked_price(PricingPolicy policy, double price)
    {
        var result = Engine.Match(Clearing(), Plain with { Pricing = policy });

        Assert.That(result.Proposals, Has.Count.EqualTo(2));
        Assert.That(result.Proposals.Select(p => p.Terms.Base.Usd), Is.All.EqualTo((decimal)price));
        Assert.That(result.Proposals.Select(p => p.Pricing), Is.All.EqualTo(policy));
        Assert.That(result.Proposals.Select(p => p.Explanation), Is.All.Contains($"Priced by {FileNames.Of(policy)}"));
    }

    [Test]
    public void The_negotiation_range_runs_from_the_sellers_next_best_use_to_the_buyers_next_best_alternative()
    {
        var result = Engine.Match(Clearing(), Plain);

        // Neither buyer has another offer; the seller's other buyer keeps up to its whole value: its next best use is nothing.
        Assert.That(result.Proposals.Select(p => p.Negotiation!.SellerWalkAway.Usd), Is.All.EqualTo(200m));
        var high = result.Proposals.Single(p => p.Requirement == "r-high");
        var low = result.Proposals.Single(p => p.Requirement == "r-low");
        Assert.That(high.Negotiation!.BuyerWalkAway.Usd, Is.EqualTo(299m), "200 + its value 99");
        Assert.That(low.Negotiation!.BuyerWalkAway.Usd, Is.EqualTo(259m), "200 + its value 59");
        Assert.That(high.Pricing, Is.EqualTo(PricingPolicy.Pair));
        Assert.That(high.Terms.Base.Usd, Is.EqualTo(249.5m), "the pair split: 200 + ½ × (299 − 200)");
        Assert.That(high.Negotiation!.Contains(high.Terms.Base.Usd), Is.True);
    }

    [Test]
    public void When_demand_exceeds_supply_the_marginal_buyer_sets_one_price_for_all()
    {
        var market = new TestMarket()
            .Offer("erg-gallium", "erg", 1000m, 200m)
            .Requirement("r-high", "hitachi", 600m, 300m)
            .Requirement("r-low", "mitsui", 600m, 260m)
            .Build();

        foreach (var policy in new[] { PricingPolicy.Core, PricingPolicy.SellerOptimal, PricingPolicy.BuyerOptimal, PricingPolicy.Midpoint })
        {
            var result = Engine.Match(market, Plain with { Pricing = policy });
            Assert.That(result.Proposals.Select(p => p.Terms.Base.Usd), Is.All.EqualTo(259m), $"{policy}: 200 + the unmet buyer's value 59");
            // The seller's next best use is the other buyer at 259; the keen buyer would pay up to its whole value.
            Assert.That(result.Proposals.Single(p => p.Requirement == "r-high").Negotiation, Is.EqualTo(new NegotiationRange { SellerWalkAway = global::MineralsMatch.Minerals.Price.PerKilogram(259m), BuyerWalkAway = global::MineralsMatch.Minerals.Price.PerKilogram(299m) }));
            Assert.That(result.Proposals.Single(p => p.Requirement == "r-low").Negotiation, Is.EqualTo(new NegotiationRange { SellerWalkAway = global::MineralsMatch.Minerals.Price.PerKilogram(259m), BuyerWalkAway = global::MineralsMatch.Minerals.Price.PerKilogram(259m) }));
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void On_random_markets_core_prices_are_one_per_offer_and_inside_every_negotiation_range(int seed)
    {
        var policy = new[] { PricingPolicy.Core, PricingPolicy.SellerOptimal, PricingPolicy.BuyerOptimal, PricingPolicy.Midpoint }[seed % 4];
        var result = Engine.Match(RandomMarkets.Create(seed), MatchingOptions.Default with { Pricing = policy });

        AssertOnePricePerOffer(result.Proposals, $"seed {seed} {policy}");
        foreach (var p in result.Proposals)
        {
            Assert.That(p.Pricing, Is.EqualTo(policy));
            Assert.That(p.Negotiation!.Contains(p.Terms.Base.Usd), Is.True, $"seed {seed} {p.Id}: {p.Terms.Base} outside {p.Negotiation.SellerWalkAway}–{p.Negotiation.BuyerWalkAway}");
            Assert.That(p.Terms.Base.Usd, Is.GreaterThanOrEqualTo(p.Terms.Floor.Usd), $"seed {seed} {p.Id}: core prices never fall below the ask");
        }
    }

    [TestCase(PricingPolicy.Core)]
    [TestCase(PricingPolicy.Midpoint)]
    public void The_embedded_market_prices_each_offer_once_under_a_core_policy(PricingPolicy policy)
    {
        // In the sourced market MC RtM takes AOK's whole output (the real offtake); with a third of it wanted, AOK sells to several buyers.
        var market = MarketScenarios.JapanKazakhstan();
        market = market with { Requirements = [.. market.Requirements.Select(r => r.Id == "mcrtm-gallium-offtake" ? r with { AnnualVolume = MineralsMatch.Minerals.Quantity.Kilograms(5000m), DemandByYear = null } : r)] };
        var result = MatchingEngine.Create().Match(market, MarketScenarios.JapanKazakhstanScenario().Options! with { Pricing = policy });

        Assert.That(result.Proposals.Where(p => p.Offer.StartsWith("aok-gallium", StringComparison.Ordinal)).Count(), Is.GreaterThan(1), "AOK sells gallium to several buyers");
        AssertOnePricePerOffer(result.Proposals, policy.ToString());
        Assert.That(result.Proposals.Select(p => p.Negotiation), Is.All.Not.Null);
    }

    private static void AssertOnePricePerOffer(IReadOnlyList<ContractProposal> proposals, string what)
    {
        foreach (var offer in proposals.GroupBy(p => p.Offer))
        {
            var rents = offer.Select(p => p.Terms.Base.Usd - p.Terms.Floor.Usd).ToList();
            Assert.That(rents.Max() - rents.Min(), Is.LessThanOrEqualTo(0.01m), $"{what} {offer.Key}: one price over the ask for every buyer ({string.Join(", ", rents)})");
            var fca = offer.Where(p => !p.Terms.Incoterm.SellerPaysCarriage()).Select(p => p.Terms.Base.Usd).Distinct().ToList();
            Assert.That(fca.Count, Is.LessThanOrEqualTo(1), $"{what} {offer.Key}: one FCA price");
        }
    }
}
