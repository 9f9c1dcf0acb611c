using MineralsMatch.Matching;
using MineralsMatch.Tests.Matching;

namespace MineralsMatch.Tests.Pricing;

/// <summary>The stable objective through the engine: a hand-checked price of stability and certificates on random markets.</summary>
public sealed class StableObjectiveTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    private static IEnumerable<int> Seeds => Enumerable.Range(1, 100);

    [Test]
    public void A_stable_plan_keeps_the_pair_that_both_rank_first_and_reports_its_price_of_stability()
    {
        // erg–hitachi is worth 100 USD/kg and both rank it first; the value-maximising plan pairs them with others (90 + 90).
        var market = new TestMarket()
            .Offer("erg-gallium", "erg", 100m, 200m)
            .Offer("other-gallium", "other", 100m, 210m)
            .Requirement("r-hitachi", "hitachi", 100m, 301m)
            .Requirement("r-mitsui", "mitsui", 100m, 291m, change: r => r with { ExcludedSuppliers = ["other"] })
            .Build();

        var optimal = Engine.Match(market, TestMarket.Plain.Value);
        var stable = Engine.Match(market, TestMarket.Plain.Value with { Objective = MatchObjective.Stable });

        Assert.That(optimal.Proposals.Select(p => p.Id), Is.EquivalentTo(new[] { "erg-gallium→r-mitsui", "other-gallium→r-hitachi" }));
        Assert.That(stable.Objective, Is.EqualTo(MatchObjective.Stable));
        Assert.That(stable.Proposals.Select(p => p.Id), Is.EqualTo(new[] { "erg-gallium→r-hitachi" }));
        var certificate = stable.Stability!;
        Assert.That(certificate.PairsChecked, Is.EqualTo(3));
        Assert.That(certificate.BlockingPairs, Is.Zero);
        Assert.That(certificate.StableValue, Is.EqualTo(10_000m));
        Assert.That(certificate.OptimalValue, Is.EqualTo(18_000m));
        Assert.That(certificate.PriceOfStability, Is.EqualTo(0.555556m));
        Assert.That(optimal.Stability, Is.Null);
    }

    [Test]
    public void The_stable_objective_needs_pair_pricing()
    {
        var market = new TestMarket().Offer("o", "erg", 100m, 200m).Requirement("r", "hitachi", 100m, 300m).Build();

        var error = Assert.Throws<MineralsMatchValidationException>(() => Engine.Match(market, MatchingOptions.Default with { Objective = MatchObjective.Stable, Pricing = PricingPolicy.Core }));

        Assert.That(error!.Message, Does.Contain("$.pricing: must be 'pair'").And.Contain("(was core)"));
    }

    [TestCaseSource(nameof(Seeds))]
    public void A_stable_plan_of_a_random_market_has_no_blocking_pair(int seed)
    {
        var result = Engine.Match(RandomMarkets.Create(seed), MatchingOptions.Default with { Objective = MatchObjective.Stable });

        var certificate = result.Stability!;
        Assert.That(certificate.BlockingPairs, Is.Zero, $"seed {seed}");
        Assert.That(certificate.PairsChecked, Is.EqualTo(result.Solver.Candidates), $"seed {seed}");
        Assert.That(result.Proposals.Select(p => p.Pricing), Is.All.EqualTo(PricingPolicy.Pair));
        Assert.That(certificate.StableValue, Is.EqualTo(result.Proposals.Sum(p => p.AnnualVolume.Amount * p.ValuePerUnit)).Within(0.01m).Percent, $"seed {seed}: the stable value is the plan's");
    }
}
