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
    public void Without_the_chinese_offer_hitachi_is_left_at_its_country_cap() =>
        Assert.That(Output.Text, Does.Contain("hitachi-gallium: wants 2,000 kg/yr, met 1,000 kg, unmet 1,000 kg"));

    [Test]
    public void The_esg_premium_appears_in_the_value_breakdown_and_adds_up()
    {
        var esg = Output.Row("esg-premium");
        Assert.That(esg[1], Is.EqualTo("6.72"), "80 / 100 × 0.03 × 280 USD/kg");
        Assert.That(esg[2], Is.EqualTo("ESG score 80 / 100 × 0.03 × bid"));
        var components = Output.Table("Component ").Where(r => r[0] != "total").Sum(r => ExampleOutput.Number(r[1]));
        Assert.That(ExampleOutput.Number(Output.Row("total")[1]), Is.EqualTo(components));
    }
}
