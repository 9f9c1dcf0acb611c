using MineralsMatch.Matching;

namespace MineralsMatch.Tests.Matching;

/// <summary>Volumes below the volume resolution are explained as such, never as "fully supplied" or "sold out".</summary>
public sealed class VolumeResolutionExplanationTests
{
    private static readonly MatchingOptions WholeKilograms = TestMarket.Plain.Value with { VolumeResolution = 1m, ValueResolution = 0.01m };

    private static MatchResult Run(TestMarket market) => MatchingEngine.Create(TestMarket.Catalog).Match(market.Build(), WholeKilograms);

    [Test]
    public void A_requirement_below_the_resolution_is_told_so_not_that_it_is_fully_supplied()
    {
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m)
            .Requirement("r1", "jogmec", 0.8m, 2_000m, priority: 10));

        var r1 = result.Requirements.Single();
        Assert.That(r1.Met.Amount, Is.Zero);
        Assert.That(r1.Reasons.Select(r => (r.Kind, r.Message)).ToArray(), Is.EqualTo(new[]
        {
            (ReasonKind.BelowVolumeResolution, "the target, 0.8 kg/yr, is below the volume resolution 1 kg: allocation moves whole steps of it, so none of this can be allocated (use a finer volumeResolution)"),
        }));
        var o1 = result.Offers.Single();
        Assert.That(o1.Reasons.Select(r => r.Kind), Has.None.EqualTo(ReasonKind.DemandExhausted));
        Assert.That(o1.Reasons.Select(r => r.Message), Has.None.Contains("fully supplied").And.None.Contains("at its limit"));
    }

    [Test]
    public void An_offer_below_the_resolution_is_not_called_sold_out()
    {
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 0.8m, 200m)
            .Requirement("r1", "jogmec", 1_000m, 300m));

        var o1 = result.Offers.Single();
        Assert.That(o1.Sold.Amount, Is.Zero);
        Assert.That(o1.Reasons.Single().Kind, Is.EqualTo(ReasonKind.BelowVolumeResolution));
        Assert.That(o1.Reasons.Single().Message, Does.StartWith("the capacity, 0.8 kg/yr, is below the volume resolution 1 kg"));
        var r1 = result.Requirements.Single();
        Assert.That(r1.Reasons.Select(r => r.Message), Has.None.Contains("sold out"));
        Assert.That(r1.Reasons.Select(r => r.Kind), Is.EqualTo(new[] { ReasonKind.BelowVolumeResolution }));
    }

    [Test]
    public void The_rest_of_a_target_below_one_step_is_explained_after_the_whole_steps_are_met()
    {
        var result = Run(new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m)
            .Requirement("r1", "jogmec", 3.5m, 300m));

        var r1 = result.Requirements.Single();
        Assert.That(r1.Met.Amount, Is.EqualTo(3m));
        Assert.That(r1.Reasons.Single().Message, Does.StartWith("the rest, 0.5 kg/yr, is below the volume resolution 1 kg"));
    }
}
