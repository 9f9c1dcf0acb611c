using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Matching;

/// <summary>
/// A <see cref="CandidatePair"/> holds no state beyond its members (issue 13): its figures follow its members, also in a copy made
/// with <c>with</c>, and the engine's own figures (worked out once per pair) are the record's.
/// </summary>
public sealed class CandidatePairFiguresTests
{
    private static CandidatePair FirstPair(Market market) => FirstPair(new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), MatchingOptions.Default));

    private static CandidatePair FirstPair(MatchingContext context)
    {
        var routes = context.Routes.For(context.Offers[0], context.Product(context.Offers[0].Product), context.Options);
        return CandidateGenerator.Pair(context, routes, context.Requirements[0]);
    }

    private static Market Market() => new TestMarket()
        .Offer("kz", "kz-producer", 10_000m, 200m)
        .Requirement("r1", "jp-buyer", 8_000m, 300m)
        .Build();

    [Test]
    public void A_copy_with_another_route_reports_that_routes_limit_and_cost()
    {
        var pair = FirstPair(Market());
        var narrow = new Route
        {
            Id = "narrow",
            Name = "narrow",
            MaxAnnualVolume = Quantity.Kilograms(1_500m),
            Legs = [new RouteLeg { From = "origin", To = "tokyo", Mode = TransportMode.Sea, CostPerTonne = 900m, Days = 30 }],
        };
        var before = (pair.MaxAnnualVolume, pair.MaxAnnualVolumeLimit, pair.LandedCostPerUnit);

        var copy = pair with { Route = new RouteChoice(narrow, 0.9m, 0m) };

        Assert.Multiple(() =>
        {
            Assert.That(copy.MaxAnnualVolume, Is.EqualTo(Quantity.Kilograms(1_500m)));
            Assert.That(copy.MaxAnnualVolumeLimit, Is.EqualTo(VolumeLimit.RouteCapacity));
            Assert.That(copy.LandedCostPerUnit, Is.EqualTo(copy.AskPerUnit + 0.9m));
            Assert.That((pair.MaxAnnualVolume, pair.MaxAnnualVolumeLimit, pair.LandedCostPerUnit), Is.EqualTo(before), "the original is unchanged");
        });
    }

    [Test]
    public void A_copy_with_another_requirement_reports_its_target_and_bid()
    {
        var pair = FirstPair(Market());
        _ = pair.MaxAnnualVolume;

        var copy = pair with { Requirement = pair.Requirement with { AnnualVolume = Quantity.Kilograms(2_000m), Bid = Price.PerKilogram(250m) } };

        Assert.Multiple(() =>
        {
            Assert.That(copy.MaxAnnualVolume, Is.EqualTo(Quantity.Kilograms(2_000m)));
            Assert.That(copy.MaxAnnualVolumeLimit, Is.EqualTo(VolumeLimit.RequirementTarget));
            Assert.That(copy.BidPerUnit, Is.EqualTo(250m));
        });
    }

    [Test]
    public void Pairs_with_equal_members_are_equal_whatever_was_read_from_them()
    {
        var market = Market();
        var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), MatchingOptions.Default);
        var read = FirstPair(context);
        var unread = FirstPair(context);
        _ = read.MaxAnnualVolume;
        _ = read.LandedCostPerUnit;

        Assert.That(read, Is.EqualTo(unread));
        Assert.That(read.GetHashCode(), Is.EqualTo(unread.GetHashCode()));
    }

    [Test]
    public void The_engines_figures_are_the_records()
    {
        foreach (var seed in Enumerable.Range(1, 40))
        {
            var market = RandomMarkets.Create(seed, 12, 12);
            if (market.Offers.Count == 0 || market.Requirements.Count == 0)
            {
                continue;
            }

            var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), MatchingOptions.Default);
            foreach (var pair in RandomMarkets.Pairs(context))
            {
                var figures = PairFigures.Of(pair);
                Assert.That(
                    (figures.Ask, figures.Bid, figures.Most, figures.Limit, figures.Least, figures.Landed(PairView.Of(pair))),
                    Is.EqualTo((pair.AskPerUnit, pair.BidPerUnit, pair.MaxAnnualVolume, pair.MaxAnnualVolumeLimit, pair.MinAnnualVolume, pair.LandedCostPerUnit)),
                    $"seed {seed}: {pair.Offer.Id} → {pair.Requirement.Id}");
            }
        }
    }
}
