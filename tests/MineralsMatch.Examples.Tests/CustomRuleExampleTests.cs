using MineralsMatch.Examples.Examples;

namespace MineralsMatch.Examples.Tests;

public sealed class CustomRuleExampleTests
{
    private static readonly ExampleOutput Output = ExampleOutput.Of(new CustomRuleExample());

    [Test]
    public void Exits_0() => Assert.That(Output.ExitCode, Is.Zero);

    [Test]
    public void The_rule_rejects_the_uncertified_chinese_offer_with_its_reason() =>
        Assert.That(Output.Text, Does.Contain("[custom-rule] offer cn-gallium-export lacks certification RMI-RMAP required by hitachi-gallium"));

    [Test]
    public void Without_the_chinese_offer_hitachi_gets_nothing_because_mc_rtm_takes_the_certified_kazakh_gallium()
    {
        Assert.That(Output.Text, Does.Contain("hitachi-gallium: wants 2,000 kg/yr, met 0 kg, unmet 2,000 kg"));
        Assert.That(Output.Text, Does.Contain("[capacity-taken] offer aok-gallium-pavlodar is sold out to pairings that create more value (the least: 333.72 USD/kg for mcrtm-gallium-offtake)"));
    }

    [Test]
    public void The_esg_premium_appears_in_the_value_breakdown_and_adds_up()
    {
        var esg = Output.Row("esg-premium");
        Assert.That(esg[1], Is.EqualTo("22.800"), "80 / 100 × 0.03 × 950 USD/kg, MC RtM's bid");
        Assert.That(esg[2], Is.EqualTo("ESG score 80 / 100 × 0.03 × bid"));
        var components = Output.Table("Component ").Where(r => r[0] != "total").Sum(r => ExampleOutput.Number(r[1]));
        Assert.That(ExampleOutput.Number(Output.Row("total")[1]), Is.EqualTo(components));
    }
}
