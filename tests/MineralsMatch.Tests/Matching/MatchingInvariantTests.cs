using MineralsMatch.Matching;
using MineralsMatch.Results;

namespace MineralsMatch.Tests.Matching;

/// <summary>Invariants over 300 seeded random markets: capacity and demand are never exceeded, routes connect, order does not matter.</summary>
public sealed class MatchingInvariantTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    private static IEnumerable<int> Seeds => Enumerable.Range(1, 300);

    [TestCaseSource(nameof(Seeds))]
    public void Allocation_respects_capacity_demand_routes_and_minimums(int seed)
    {
        var market = RandomMarkets.Create(seed);
        var result = Engine.Match(market);

        Assert.Multiple(() =>
        {
            foreach (var offer in result.Offers)
            {
                var sold = result.Proposals.Where(p => p.Offer == offer.Offer).Sum(p => p.AnnualVolume.Amount);
                Assert.That(sold, Is.EqualTo(offer.Sold.Amount), $"seed {seed}: {offer.Offer} sold");
                Assert.That(offer.Sold, Is.LessThanOrEqualTo(offer.Capacity), $"seed {seed}: {offer.Offer} over capacity");
                Assert.That(offer.Sold + offer.Unsold, Is.EqualTo(offer.Capacity));
                Assert.That(offer.Unsold.Amount == 0m || offer.Reasons.Count > 0, $"seed {seed}: {offer.Offer} unsold without a reason");
            }

            foreach (var requirement in result.Requirements)
            {
                var source = market.Requirements.Single(r => r.Id == requirement.Requirement);
                var mine = result.Proposals.Where(p => p.Requirement == requirement.Requirement).ToList();
                Assert.That(mine.Sum(p => p.AnnualVolume.Amount), Is.EqualTo(requirement.Met.Amount));
                Assert.That(requirement.Met, Is.LessThanOrEqualTo(requirement.Target), $"seed {seed}: {requirement.Requirement} over target");
                Assert.That(requirement.Unmet.Amount == 0m || requirement.Reasons.Count > 0, $"seed {seed}: {requirement.Requirement} unmet without a reason");
                foreach (var bySupplier in mine.GroupBy(p => p.Supplier))
                {
                    if (source.MaxShareFromSupplier is { } share)
                    {
                        Assert.That(bySupplier.Sum(p => p.AnnualVolume.Amount), Is.LessThanOrEqualTo(requirement.Target.Amount * share + 0.001m), $"seed {seed}: supplier cap");
                    }
                }

                foreach (var byCountry in mine.GroupBy(p => market.Parties.Single(x => x.Id == p.Supplier).Country))
                {
                    if (source.MaxShareFromCountry is { } share)
                    {
                        Assert.That(byCountry.Sum(p => p.AnnualVolume.Amount), Is.LessThanOrEqualTo(requirement.Target.Amount * share + 0.001m), $"seed {seed}: country cap");
                    }
                }
            }

            foreach (var proposal in result.Proposals)
            {
                var offer = market.Offers.Single(o => o.Id == proposal.Offer);
                var requirement = market.Requirements.Single(r => r.Id == proposal.Requirement);
                var route = market.Routes.Single(r => r.Id == proposal.Route);
                Assert.That(route.Origin, Is.EqualTo(offer.OriginHub));
                Assert.That(route.Destination, Is.EqualTo(requirement.DestinationHub));
                Assert.That(route.TransitCountries.Intersect(requirement.ExcludedTransitCountries), Is.Empty, $"seed {seed}: excluded transit used");
                Assert.That(proposal.AnnualVolume, Is.GreaterThanOrEqualTo(offer.MinAnnualVolume ?? proposal.AnnualVolume * 0m));
                Assert.That(proposal.AnnualVolume, Is.GreaterThanOrEqualTo(requirement.MinAnnualVolume ?? proposal.AnnualVolume * 0m));
                Assert.That(proposal.LandedCost, Is.LessThanOrEqualTo(requirement.Bid), $"seed {seed}: landed above bid");
                Assert.That(proposal.Terms.Floor, Is.LessThanOrEqualTo(proposal.Terms.Base));
                Assert.That(proposal.Terms.Base, Is.LessThanOrEqualTo(proposal.Terms.Ceiling));
            }
        });
    }

    [TestCaseSource(nameof(Seeds))]
    public void Same_market_in_any_order_gives_byte_identical_json(int seed)
    {
        var market = RandomMarkets.Create(seed);
        var expected = MatchResultJson.Render(Engine.Match(market));

        var shuffled = MatchResultJson.Render(Engine.Match(RandomMarkets.Shuffled(market, seed * 7919)));

        Assert.That(shuffled, Is.EqualTo(expected));
    }

    [Test]
    public void Engine_is_safe_to_share_between_threads()
    {
        var markets = Enumerable.Range(1, 40).Select(RandomMarkets.Create).ToList();
        var sequential = markets.Select(m => MatchResultJson.Render(Engine.Match(m))).ToList();

        var parallel = markets.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(m => MatchResultJson.Render(Engine.Match(m))).ToList();

        Assert.That(parallel, Is.EqualTo(sequential));
    }
}
