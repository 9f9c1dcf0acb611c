using MineralsMatch.Matching;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Explanations;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Tests.Matching;

/// <summary>
/// Rejected pairs by requirement and by offer, read from generation's two lists as they are kept: the same groups, in the same
/// order, as grouping and sorting every rejection by each side.
/// </summary>
public sealed class RejectionIndexTests
{
    private static IEnumerable<int> Seeds => Enumerable.Range(1, 40).Take(10);

    [TestCaseSource(nameof(Seeds))]
    public void Each_side_s_rejections_come_back_in_the_other_side_s_order(int seed)
    {
        // Trade measures at a high risk aversion leave pairs with no value beside those the rules reject: both lists are used.
        var market = RandomMarkets.Create(seed, 40, 40) with
        {
            Policies =
            [
                new Policies.TradeMeasure { Id = "kz-licence", Kind = Policies.MeasureKind.ExportLicence, Issuer = "KZ", Probability = 0.15m, Source = "TEST" },
            ],
        };
        var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), MatchingOptions.Default with { RiskAversion = 100m });
        var set = new CandidateGenerator(CandidateGenerator.BuiltIn, new CandidateScoring(CandidateScoring.BuiltIn), keepRecords: false).Generate(context, 3, CancellationToken.None);
        var index = new RejectionIndex(set.Rejected, set.Unscored, context.Requirements.Count, context.Offers.Count);

        Assert.Multiple(() =>
        {
            for (var j = 0; j < context.Requirements.Count; j++)
            {
                var expected = set.Rejections.Where(r => r.RequirementIndex == j).OrderBy(r => r.OfferIndex).Select(r => (r.OfferIndex, r.Kind));
                Assert.That(index.OfRequirement(j).Select(r => (r.OfferIndex, r.Kind)), Is.EqualTo(expected), $"seed {seed}, requirement {j}");
            }

            for (var i = 0; i < context.Offers.Count; i++)
            {
                var expected = set.Rejections.Where(r => r.OfferIndex == i).OrderBy(r => r.RequirementIndex).Select(r => (r.RequirementIndex, r.Kind));
                Assert.That(index.OfOffer(i).Select(r => (r.RequirementIndex, r.Kind)), Is.EqualTo(expected), $"seed {seed}, offer {i}");
            }
        });
        Assert.That(set.Rejected, Is.Not.Empty, $"seed {seed}: rules rejected pairs");
        Assert.That(set.Unscored, Is.Not.Empty, $"seed {seed}: pairs with no value left");
    }

    [Test]
    public void Lists_out_of_requirement_and_offer_order_are_refused()
    {
        var set = Enumerable.Range(1, 40).Select(seed => RandomMarkets.Create(seed, 40, 40)).Select(market =>
        {
            var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), MatchingOptions.Default);
            return (context, set: new CandidateGenerator(CandidateGenerator.BuiltIn, new CandidateScoring(CandidateScoring.BuiltIn), keepRecords: false).Generate(context, 1, CancellationToken.None));
        }).First(x => x.set.Rejected.Count >= 2);

        var reversed = set.set.Rejected.Reverse().ToList();

        Assert.That(
            () => new RejectionIndex(reversed, [], set.context.Requirements.Count, set.context.Offers.Count),
            Throws.InvalidOperationException.With.Message.Contains("not in (requirement, offer) order"));
    }
}
