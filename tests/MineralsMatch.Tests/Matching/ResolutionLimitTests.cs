using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios;
using MineralsMatch.Validation;

namespace MineralsMatch.Tests.Matching;

/// <summary>Whatever validation accepts, the engine solves; what it cannot solve exactly, validation rejects with the reason.</summary>
public sealed class ResolutionLimitTests
{
    private static TestMarket Small() => new TestMarket()
        .Offer("o1", "erg", 10_000m, 200m)
        .Requirement("r1", "jogmec", 6_000m, 300m, priority: 9)
        .Requirement("r2", "hitachi", 8_000m, 260m);

    private static TestMarket Huge(int offers, int requirements)
    {
        var market = new TestMarket();
        for (var i = 0; i < offers; i++)
        {
            market.Offer($"o{i}", $"p{i}", 1_000_000_000m, 200m + i, change: o => o with { AnnualVolume = Quantity.Tonnes(1_000_000_000m) });
        }

        for (var j = 0; j < requirements; j++)
        {
            market.Requirement($"r{j}", $"b{j}", 1_000_000_000m, 300m + j, change: r => r with { AnnualVolume = Quantity.Tonnes(1_000_000_000m) });
        }

        return market;
    }

    private static MatchResult Run(Market market, MatchingOptions options) => MatchingEngine.Create(TestMarket.Catalog).Match(market, options);

    private static InputError Rejection(Market market, MatchingOptions options)
    {
        var ex = Assert.Throws<MineralsMatchValidationException>(() => Run(market, options));
        return ex!.Errors.Single();
    }

    [Test]
    public void A_market_with_more_candidate_pairs_than_one_run_holds_is_rejected_naming_its_offers()
    {
        // 46 341² pairs of one product are just over an array's length (2 147 483 591); 46 341 × 46 340 are just under.
        static Market Market(int offers, int requirements)
        {
            var market = new TestMarket();
            for (var i = 0; i < offers; i++)
            {
                market.Offer($"o{i}", "erg", 1_000m, 200m);
            }

            for (var j = 0; j < requirements; j++)
            {
                market.Requirement($"r{j}", "jogmec", 1_000m, 300m);
            }

            return market.Build();
        }

        var error = MatchingLimits.Check(Market(46_341, 46_341), MatchingOptions.Default, TestMarket.Catalog, null).Single();
        var under = MatchingLimits.Check(Market(46_341, 46_340), MatchingOptions.Default, TestMarket.Catalog, null);

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("$.offers"));
            Assert.That(error.Rule, Is.EqualTo(RuleCodes.Limit));
            Assert.That(error.AttemptedValue, Is.EqualTo("46341"));
            Assert.That(error.Message, Is.EqualTo("are too many for one run: 46,341 offers and 46,341 requirements make 2,147,488,281 candidate pairs of the same products, more than one run can hold (2,147,483,591); split the market by product or region"));
            Assert.That(under.Select(e => e.Message), Has.None.Contains("candidate pairs"), "one requirement fewer fits");
        });
    }

    [Test]
    public void A_volume_resolution_of_1e_16_is_rejected_with_the_finest_that_fits()
    {
        var error = Rejection(Small().Build(), TestMarket.Plain.Value with { VolumeResolution = 0.0000000000000001m, ValueResolution = 0.000000000000000001m });

        Assert.That(error.Path, Is.EqualTo("$.volumeResolution"));
        Assert.That(error.Rule, Is.EqualTo(RuleCodes.Limit));
        Assert.That(error.Message, Does.StartWith("is too fine for this market: its volumes come to about 7.2E+20 allocation steps").And.EndWith("use 0.00000000000001 or coarser"));
        Assert.That(Run(Small().Build(), TestMarket.Plain.Value with { VolumeResolution = 0.00000000000001m, ValueResolution = 0.0000000000000001m }).Solver.Status, Is.EqualTo("Optimal"), "the suggested resolution solves");
    }

    [Test]
    public void A_scenario_file_with_a_volume_resolution_of_1e_16_fails_validation_like_the_engine()
    {
        var text = ScenarioFile.Write(new Scenario { Market = Small().Build(), Options = TestMarket.Plain.Value with { VolumeResolution = 0.0000000000000001m, ValueResolution = 0.000000000000000001m } });

        var ex = Assert.Throws<MineralsMatchValidationException>(() => ScenarioFile.Parse(text, "tiny.json", TestMarket.Catalog));

        var error = ex!.Errors.Single();
        Assert.That(error.Path, Is.EqualTo("$.options.volumeResolution"));
        Assert.That(error.File, Is.EqualTo("tiny.json"));
        Assert.That(error.Line, Is.Not.Null);
    }

    [Test]
    public void A_fine_volume_resolution_that_fits_solves_exactly()
    {
        var result = Run(Small().Build(), TestMarket.Plain.Value with { VolumeResolution = 0.000000001m, ValueResolution = 0.00000000001m });

        Assert.That(result.Proposals.Select(p => p.AnnualVolume).ToArray(), Is.EqualTo(new[] { Quantity.Kilograms(6_000m), Quantity.Kilograms(4_000m) }));
    }

    [Test]
    public void A_value_resolution_coarser_than_a_cent_per_unit_is_rejected_instead_of_rounding_margins_to_nothing()
    {
        var error = Rejection(Small().Build(), TestMarket.Plain.Value with { VolumeResolution = 0.000000001m });

        Assert.That(error.Path, Is.EqualTo("$.valueResolution"));
        Assert.That(error.Message, Does.StartWith("must be at most volumeResolution × 0.01 (0.00000000001)"));
    }

    [Test]
    public void Tiny_volume_and_value_resolutions_together_are_rejected_at_the_value_resolution()
    {
        var error = Rejection(Small().Build(), TestMarket.Plain.Value with { VolumeResolution = 0.0000000001m, ValueResolution = 0.0000000000000000000000000001m });

        Assert.That(error.Path, Is.EqualTo("$.valueResolution"));
        Assert.That(error.Message, Does.StartWith("is too fine for this market: values per allocation step reach about 3E+20 units"));
    }

    [Test]
    public void Coverage_first_with_a_value_resolution_of_1e_17_is_rejected_at_the_value_resolution()
    {
        var error = Rejection(Small().Build(), TestMarket.Plain.Value with { Objective = MatchObjective.CoverageFirst, ValueResolution = 0.00000000000000001m });

        Assert.That(error.Path, Is.EqualTo("$.valueResolution"));
        Assert.That(Run(Small().Build(), TestMarket.Plain.Value with { ValueResolution = 0.00000000000000001m }).Solver.Status, Is.EqualTo("Optimal"), "the value objective needs no priority weights");
    }

    [Test]
    public void Fifty_offers_and_fifty_requirements_at_the_volume_limit_solve_with_default_options()
    {
        var result = Run(Huge(50, 50).Build(), MatchingOptions.Default);

        Assert.That(result.Kpis.AnnualValueScore, Is.Positive);
        Assert.That(result.Proposals.Sum(p => p.AnnualVolume.ConvertTo(QuantityUnit.Tonne).Amount), Is.EqualTo(50_000_000_000m));
    }
}
