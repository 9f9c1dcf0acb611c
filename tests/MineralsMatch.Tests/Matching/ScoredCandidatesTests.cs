using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Matching.Scoring;
using MineralsMatch.Policies;
using MineralsMatch.Results;

namespace MineralsMatch.Tests.Matching;

/// <summary>
/// Scored candidates are kept as a struct array and a candidate's record is built again only when a stage asks for it: the record
/// built again is the one generation scored, and a run that keeps every record (as it does with rules or scorers from outside)
/// gives the same bytes.
/// </summary>
public sealed class ScoredCandidatesTests
{
    private static IEnumerable<int> Seeds => Enumerable.Range(1, 60).Where(seed => RandomMarkets.Create(seed, 30, 30) is var m && m.Offers.Count * m.Requirements.Count >= 100).Take(8);

    // Duties, licences and transit risks on every product, so that pairs carry measures (and a marketer's priority reserve).
    private static Market WithMeasures(Market market) => market with
    {
        Policies =
        [
            new TradeMeasure { Id = "cn-duty", Kind = MeasureKind.ExportDuty, Issuer = "CN", DutyPercent = 7.5m, From = new DateOnly(2029, 1, 1), Source = "TEST" },
            new TradeMeasure { Id = "kz-licence", Kind = MeasureKind.ExportLicence, Issuer = "KZ", Probability = 0.15m, Source = "TEST" },
            new TradeMeasure { Id = "ru-transit", Kind = MeasureKind.TransitRisk, Issuer = "RU", TransitCountries = ["RU"], Probability = 0.3m, Source = "TEST" },
        ],
    };

    [TestCaseSource(nameof(Seeds))]
    public void A_record_built_again_is_the_record_generation_scored(int seed)
    {
        foreach (var market in new[] { RandomMarkets.Create(seed, 30, 30), WithMeasures(RandomMarkets.Create(seed, 30, 30)) })
        {
            var options = MatchingOptions.Default with { RiskAversion = 1m };
            var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), options);
            var scoring = new CandidateScoring(CandidateScoring.BuiltIn);
            var scale = PlanScale.Of(options);
            var kept = new CandidateGenerator(CandidateGenerator.BuiltIn, scoring, keepRecords: true).Generate(context, 1, CancellationToken.None);
            var rebuilt = new CandidateGenerator(CandidateGenerator.BuiltIn, scoring, keepRecords: false).Generate(context, 3, CancellationToken.None);

            Assert.That(rebuilt.Scored, Has.Count.EqualTo(kept.Scored.Count).And.Count.GreaterThan(0), $"seed {seed}");
            for (var k = 0; k < kept.Scored.Count; k++)
            {
                var record = rebuilt.Scored[k];
                Assert.Multiple(() =>
                {
                    Assert.That(rebuilt.Scored.Pair(k), Is.EqualTo(kept.Scored.Pair(k)), $"seed {seed}, candidate {k}: figures");
                    Assert.That(record, Is.EqualTo(kept.Scored[k]), $"seed {seed}, candidate {k}: record");
                    Assert.That(record.Components.Select(c => c.UsdPerUnit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        Is.EqualTo(kept.Scored[k].Components.Select(c => c.UsdPerUnit.ToString(System.Globalization.CultureInfo.InvariantCulture))), $"seed {seed}, candidate {k}: components to the last digit");
                    Assert.That(
                        scoring.Value(PairView.Of(record.Pair), PairFigures.Of(record.Pair))?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Is.EqualTo(record.ValuePerUnit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        $"seed {seed}, candidate {k}: value summed without the record, to the last digit");
                    Assert.That(rebuilt.Scored.Pair(k).ValuePerStep, Is.EqualTo(scale.ValuePerStep(record.ValuePerUnit)), $"seed {seed}, candidate {k}: value per step");
                    Assert.That(rebuilt.Scored.Pair(k).MaxSteps, Is.EqualTo(scale.Steps(record.Pair.MaxAnnualVolume.Amount)), $"seed {seed}, candidate {k}: most");
                    Assert.That(rebuilt.Scored.Pair(k).MinSteps, Is.EqualTo(scale.MinimumSteps(record.Pair.MinAnnualVolume.Amount)), $"seed {seed}, candidate {k}: least");
                    Assert.That(rebuilt.Scored.Pair(k).Limit, Is.EqualTo(record.Pair.MaxAnnualVolumeLimit), $"seed {seed}, candidate {k}: limit");
                    Assert.That(rebuilt.Scored.Route(k), Is.SameAs(record.Pair.Route), $"seed {seed}, candidate {k}: route read through its index");
                });
                Assert.That(rebuilt.Scored[k], Is.SameAs(record), "a record is built once");
            }

            Assert.That(rebuilt.Rejected.Select(r => (r.Offer, r.Requirement, r.Kind)), Is.EqualTo(kept.Rejected.Select(r => (r.Offer, r.Requirement, r.Kind))), $"seed {seed}: rejections");
            Assert.That(rebuilt.Unscored.Select(r => (r.Offer, r.Requirement)), Is.EqualTo(kept.Unscored.Select(r => (r.Offer, r.Requirement))), $"seed {seed}: no value left");
        }
    }

    [Test]
    public void A_rejection_is_kept_in_16_bytes() =>
        Assert.That(System.Runtime.CompilerServices.Unsafe.SizeOf<RejectionRecord>(), Is.EqualTo(16), "one is kept per rejected pair to the end of the run");

    [TestCaseSource(nameof(Seeds))]
    public void Reasons_written_up_front_and_written_when_read_come_back_for_their_own_pairs(int seed)
    {
        // Trade measures priced at a high risk aversion leave some pairs that pass every rule with no value.
        var market = WithMeasures(RandomMarkets.Create(seed, 30, 30));
        var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), MatchingOptions.Default with { RiskAversion = 100m });
        var scoring = new CandidateScoring(CandidateScoring.BuiltIn);
        // A rule from outside writes its reasons up front; in several chunks each chunk keeps its own.
        var outside = new OddPairRule();
        var generated = new CandidateGenerator([outside, .. CandidateGenerator.BuiltIn], scoring, keepRecords: true).Generate(context, 3, CancellationToken.None);
        var builtIn = new CandidateGenerator(CandidateGenerator.BuiltIn, scoring, keepRecords: false).Generate(context, 1, CancellationToken.None);

        var fromOutside = generated.Rejected.Where(r => r.Kind == ReasonKind.Excluded && r.Reason.Message.StartsWith("odd pair", StringComparison.Ordinal)).ToList();
        Assert.That(fromOutside, Is.Not.Empty, $"seed {seed}: the outside rule rejected pairs");
        Assert.That(generated.Unscored, Is.Not.Empty, $"seed {seed}: some pairs have no value left");
        Assert.Multiple(() =>
        {
            foreach (var rejection in fromOutside)
            {
                Assert.That(rejection.Reason.Message, Is.EqualTo($"odd pair {rejection.Offer}/{rejection.Requirement}"), $"seed {seed}: its own reason");
            }

            // Pairs with no value left: written up front here (every record kept), when read without records; the same text.
            var upFront = generated.Unscored.ToDictionary(r => (r.Offer, r.Requirement), r => r.Reason.Message);
            var both = builtIn.Unscored.Where(r => upFront.ContainsKey((r.Offer, r.Requirement))).ToList();
            Assert.That(both, Has.Count.EqualTo(upFront.Count), $"seed {seed}: every pair with no value left under both generators");
            TestContext.Out.WriteLine($"seed {seed}: {fromOutside.Count} rejected by the outside rule, {both.Count} with no value left");
            foreach (var rejection in both)
            {
                Assert.That(rejection.Reason.Message, Is.EqualTo(upFront[(rejection.Offer, rejection.Requirement)]), $"seed {seed}: no value left, {rejection.Offer}/{rejection.Requirement}");
            }

            Assert.That(generated.Rejections, Has.Count.EqualTo(generated.Rejected.Count + generated.Unscored.Count));
        });
    }

    // Rejects every pair whose offer and requirement names have lengths of different parity, naming the pair.
    private sealed class OddPairRule : ICandidateRule
    {
        public string Name => "odd-pair";

        public Reason? Check(CandidatePair pair) =>
            (pair.Offer.Id.Length + pair.Requirement.Id.Length) % 2 == 1 ? new Reason(ReasonKind.Excluded, $"odd pair {pair.Offer.Id}/{pair.Requirement.Id}", pair.Offer.Id) : null;
    }

    [Test]
    public void A_scored_pair_is_kept_in_28_bytes() =>
        Assert.That(
            System.Runtime.CompilerServices.Unsafe.SizeOf<MineralsMatch.Matching.Allocation.AllocationLink>() + System.Runtime.CompilerServices.Unsafe.SizeOf<PairDetail>(),
            Is.EqualTo(28),
            "a link and a detail are kept per scored pair to the end of the run");

    [Test]
    public void A_pair_detail_gives_back_what_it_was_made_of()
    {
        foreach (var route in new[] { -1, 0, 1, 12345, PairDetail.MaxRouteIndex })
        {
            foreach (var limit in Enum.GetValues<VolumeLimit>())
            {
                foreach (var (measures, byOffer) in new[] { (false, false), (true, false), (false, true), (true, true) })
                {
                    var detail = new PairDetail(route, limit, measures, byOffer);
                    Assert.That((detail.RouteIndex, detail.Limit, detail.HasMeasures, detail.LeastByOffer), Is.EqualTo((route, limit, measures, byOffer)));
                }
            }
        }

        Assert.That(() => new PairDetail(PairDetail.MaxRouteIndex + 1, VolumeLimit.OfferCapacity, false, false), Throws.InvalidOperationException.With.Message.Contains("route index"));
    }

    [TestCaseSource(nameof(Seeds))]
    public void A_run_that_keeps_every_record_gives_the_same_bytes(int seed)
    {
        var market = WithMeasures(RandomMarkets.Create(seed, 30, 30));
        var options = MatchingOptions.Default with { RiskAversion = 1m };
        var compact = MatchingEngine.Create(TestMarket.Catalog, options);
        var keeping = new MatchingEngine(
            TestMarket.Catalog,
            [new PassingRule()],
            [],
            new MineralsMatch.Matching.Allocation.NetworkSimplexAllocationSolver(),
            new MineralsMatch.Matching.Terms.DefaultContractTermsPolicy(),
            Microsoft.Extensions.Options.Options.Create(options));

        var result = compact.Match(market);

        Assert.That(result.Proposals, Is.Not.Empty, $"seed {seed}: something is allocated");
        Assert.That(MatchResultJson.Render(result), Is.EqualTo(MatchResultJson.Render(keeping.Match(market))), $"seed {seed}");
    }

    [TestCaseSource(nameof(Seeds))]
    public void A_rejected_pairs_reason_written_later_is_the_first_failing_rules_reason_for_that_pair(int seed)
    {
        var market = WithMeasures(RandomMarkets.Create(seed, 30, 30));
        var options = MatchingOptions.Default with { RiskAversion = 1m };
        var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), options);
        var scoring = new CandidateScoring(CandidateScoring.BuiltIn);
        var set = new CandidateGenerator(CandidateGenerator.BuiltIn, scoring, keepRecords: false).Generate(context, 2, CancellationToken.None);
        var offers = context.Offers.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var requirements = context.Requirements.ToDictionary(r => r.Id);
        CandidatePair PairOf(string offer, string requirement) =>
            CandidateGenerator.Pair(context, context.Routes.For(context.Offers[offers[offer]], context.Product(requirements[requirement].Product), options), requirements[requirement]);

        Assert.That(set.Rejected.Count + set.Unscored.Count, Is.GreaterThan(0), $"seed {seed}: some pairs are rejected");
        foreach (var rejection in set.Rejected)
        {
            var pair = PairOf(rejection.Offer, rejection.Requirement);
            var expected = CandidateGenerator.BuiltIn.Select(rule => rule.Check(pair)).First(reason => reason is not null);
            Assert.That(rejection.Reason, Is.EqualTo(expected), $"seed {seed}: {rejection.Offer} → {rejection.Requirement}");
        }

        foreach (var rejection in set.Unscored)
        {
            var pair = PairOf(rejection.Offer, rejection.Requirement);
            Assert.That(rejection.Reason, Is.EqualTo(CandidateScoring.NoValue(scoring.Score(pair, PairFigures.Of(pair)))), $"seed {seed}: {rejection.Offer} → {rejection.Requirement}");
        }
    }

    [Test]
    public void A_subset_reads_the_candidates_it_names_in_its_order()
    {
        var market = RandomMarkets.Create(Seeds.First(), 30, 30);
        var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), MatchingOptions.Default);
        var scored = new CandidateGenerator(CandidateGenerator.BuiltIn, new CandidateScoring(CandidateScoring.BuiltIn), keepRecords: false).Generate(context, 1, CancellationToken.None).Scored;
        var picked = new[] { scored.Count - 1, 0, scored.Count / 2 };

        var subset = scored.Subset(picked);
        var again = subset.Subset([2, 0]);

        Assert.Multiple(() =>
        {
            Assert.That(subset.Select(c => c), Is.EqualTo(picked.Select(k => scored[k])));
            Assert.That(Enumerable.Range(0, subset.Count).Select(subset.IndexInRun), Is.EqualTo(picked));
            Assert.That(Enumerable.Range(0, again.Count).Select(again.IndexInRun), Is.EqualTo(new[] { picked[2], picked[0] }));
            Assert.That(again[0], Is.SameAs(scored[picked[2]]));
        });
    }

    private sealed class PassingRule : ICandidateRule
    {
        public string Name => "passing";

        public Reason? Check(CandidatePair pair) => null;
    }
}
