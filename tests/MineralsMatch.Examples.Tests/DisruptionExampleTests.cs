using MineralsMatch.Examples.Examples;

namespace MineralsMatch.Examples.Tests;

public sealed class DisruptionExampleTests
{
    private static readonly ExampleOutput Output = ExampleOutput.Of(new DisruptionExample());

    private static decimal[] Numbers(string measure) => [.. Output.Row(measure)[1..].Select(ExampleOutput.Number)];

    [Test]
    public void Exits_0() => Assert.That(Output.ExitCode, Is.Zero);

    [Test]
    public void Closing_the_northern_route_costs_nothing_because_no_proposal_used_it()
    {
        var value = Numbers("annual value score (not money)");
        Assert.That(value[1], Is.EqualTo(value[0]));
        Assert.That(Output.Text, Does.Contain("Baseline proposals routed through RU: 0"));
        Assert.That(Output.Text, Does.Contain("routes transiting RU removed (7 of 25)"));
    }

    [Test]
    public void Halting_chinese_gallium_lowers_value_gallium_coverage_and_hitachis_supply_and_leaves_mc_rtms_kazakh_supply_whole()
    {
        var value = Numbers("annual value score (not money)");
        var coverage = Numbers("gallium demand met");
        var hitachi = Numbers("gallium met: hitachi");
        Assert.That(value[2], Is.LessThan(value[1]));
        Assert.That(coverage[2], Is.LessThan(coverage[1]));
        Assert.That(hitachi, Is.EqualTo(new[] { 1_000m, 1_000m, 0m, 0m }));
        Assert.That(Numbers("gallium met: mitsubishi-corporation-rtm-japan"), Is.EqualTo(new[] { 15_000m, 15_000m, 15_000m, 15_000m }), "MC RtM never bought Chinese gallium");
        Assert.That(Numbers("gallium met: jogmec"), Is.EqualTo(new[] { 0m, 0m, 0m, 0m }), "MC RtM outbids JOGMEC for the whole Kazakh output");
        Assert.That(Output.Text, Does.Contain("step 3: cn-gallium-export→hitachi-gallium 1,000 kg via air-cn-gallium-narita -> dropped"));
        Assert.That(Output.Text, Does.Contain("hitachi-gallium: 1,000 kg -> 0 kg because cn-gallium-export via air-cn-gallium-narita dropped; trade-ban: example-cn-gallium-halt"));
    }

    [Test]
    public void Closing_the_caspian_crossing_moves_tungsten_and_titanium_to_the_chinese_route_and_loses_uranium_with_the_reason()
    {
        Assert.That(Numbers("uranium demand met"), Is.EqualTo(new[] { 100m, 100m, 100m, 0m }));
        Assert.That(Numbers("manganese demand met")[3], Is.LessThan(Numbers("manganese demand met")[2]));
        Assert.That(Output.Text, Does.Contain("step 4: katpar-apt→jogmec-tungsten-apt 10,000 mtu via mc-katpar-kobe -> 10,000 mtu via cn-katpar-khorgos-kobe"));
        Assert.That(Output.Text, Does.Contain("step 4: uktmp-titanium-sponge→mitsui-titanium-sponge 2,000,000 kg via mc-ust-kamenogorsk-yokohama -> 2,000,000 kg via cn-ust-kamenogorsk-dostyk-yokohama"));
        Assert.That(Output.Text, Does.Contain("sumitomo-u3o8: 1,500,000 lb -> 0 lb because kazatomprom-u3o8 via mc-shymkent-malvesi dropped; no-allowed-route"));
        Assert.That(Output.Text, Does.Contain("step 2: no change"));
    }
}
