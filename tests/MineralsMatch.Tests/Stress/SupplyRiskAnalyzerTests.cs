using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Risk;
using MineralsMatch.Stress;
using MineralsMatch.Tests.Matching;
using NUnit.Framework;

namespace MineralsMatch.Tests.Stress;

/// <summary>Monte Carlo supply risk: seeded, independent of the thread count, and right on markets whose answer is known.</summary>
public sealed class SupplyRiskAnalyzerTests
{
    private static readonly SupplyRiskAnalyzer Analyzer = new(MatchingEngine.Create(TestMarket.Catalog), TestMarket.Catalog);

    // One supplier, 1 000 kg; r1 wants 800 kg. A half cut leaves 500 kg: 300 kg short.
    private static Market OneSupplier() => new TestMarket().Offer("kz", "kz-producer", 1_000m, 200m).Requirement("r1", "jp-buyer", 800m, 300m).Build();

    private static ShockSet Cut(string name, decimal? probability, decimal percent = -50m) =>
        new() { Name = name, Probability = probability, Shocks = [new ProductionShock { Offers = ["kz"], ChangePercent = percent }] };

    [Test]
    public void The_same_seed_gives_the_same_numbers_with_one_thread_and_with_four()
    {
        ShockSet[] sets = [Cut("half", 0.3m), Cut("quarter", 0.2m, -25m), new() { Name = "demand", Probability = 0.1m, Shocks = [new DemandShock { ChangePercent = 50m }] }];

        var one = Analyzer.Run(OneSupplier(), sets, new SupplyRiskOptions { Samples = 300, Seed = 42, MaxDegreeOfParallelism = 1 }, TestMarket.Plain.Value);
        var four = Analyzer.Run(OneSupplier(), [.. sets.Reverse()], new SupplyRiskOptions { Samples = 300, Seed = 42, MaxDegreeOfParallelism = 4 }, TestMarket.Plain.Value);
        var other = Analyzer.Run(OneSupplier(), sets, new SupplyRiskOptions { Samples = 300, Seed = 43, MaxDegreeOfParallelism = 4 }, TestMarket.Plain.Value);

        Assert.Multiple(() =>
        {
            Assert.That(four, Is.EqualTo(one));
            Assert.That(other.Shocks.Select(s => s.Struck), Is.Not.EqualTo(one.Shocks.Select(s => s.Struck)), "another seed draws differently");
            Assert.That(one.DistinctPlans, Is.LessThanOrEqualTo(8));
        });
    }

    [Test]
    public void Shortfall_probability_and_expected_unmet_follow_the_samples_in_which_the_cut_struck()
    {
        var risk = Analyzer.Run(OneSupplier(), [Cut("half", 0.5m), Cut("never", 0m), Cut("ignored", null)], new SupplyRiskOptions { Samples = 400, Seed = 7 }, TestMarket.Plain.Value);

        var struck = risk.Shocks.Single(s => s.Name == "half").Struck;
        var r1 = risk.Requirements.Single();
        var gallium = risk.Minerals.Single();
        Assert.Multiple(() =>
        {
            Assert.That(risk.Shocks.Select(s => s.Name), Is.EqualTo(new[] { "half", "never" }), "a set without a probability is left out");
            Assert.That(risk.Shocks.Single(s => s.Name == "never").Struck, Is.Zero);
            Assert.That(struck, Is.InRange(160, 240));
            Assert.That(r1.BaselineMet, Is.EqualTo(Quantity.Kilograms(800m)));
            Assert.That(r1.ShortfallProbability, Is.EqualTo(struck / 400m));
            Assert.That(r1.ExpectedUnmet, Is.EqualTo(Quantity.Kilograms(Math.Round(300m * struck / 400m, 3))));
            Assert.That(gallium.Baseline, Is.EqualTo(1m));
            Assert.That(gallium.P5, Is.EqualTo(0.625m));
            Assert.That(gallium.P95, Is.EqualTo(1m));
            Assert.That(gallium.Histogram[6], Is.EqualTo(struck), "500 of 800 kg is in the 60–70 % bin");
            Assert.That(gallium.Histogram[9], Is.EqualTo(400 - struck));
        });
    }

    [Test]
    public void A_certain_shock_strikes_every_sample()
    {
        var risk = Analyzer.Run(OneSupplier(), [Cut("half", 1m)], new SupplyRiskOptions { Samples = 50, Seed = 1 }, TestMarket.Plain.Value);

        Assert.Multiple(() =>
        {
            Assert.That(risk.Requirements.Single().ShortfallProbability, Is.EqualTo(1m));
            Assert.That(risk.Minerals.Single().P50, Is.EqualTo(0.625m));
            Assert.That(risk.DistinctPlans, Is.EqualTo(2), "the unshocked plan and the shocked one");
        });
    }
}
