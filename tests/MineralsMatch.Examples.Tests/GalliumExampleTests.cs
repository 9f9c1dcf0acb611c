using MineralsMatch.Examples.Examples;

namespace MineralsMatch.Examples.Tests;

public sealed class GalliumExampleTests
{
    private static readonly ExampleOutput Output = ExampleOutput.Of(new GalliumExample());

    [Test]
    public void Exits_0() => Assert.That(Output.ExitCode, Is.Zero);

    [Test]
    public void Erg_supplies_jogmec_by_the_middle_corridor_and_mc_rtm_by_air()
    {
        var erg = Output.Rows("erg");
        var jogmec = erg.Single(r => r[1] == "jogmec");
        Assert.That(jogmec[2], Is.EqualTo("4,000 kg"));
        Assert.That(jogmec[3], Is.EqualTo("mc-pavlodar-kobe"));
        Assert.That(jogmec[5], Is.EqualTo("10 yr"));
        var rtm = erg.Single(r => r[1] == "mitsubishi-corporation-rtm-japan");
        Assert.That(rtm[2], Is.EqualTo("7,000 kg"));
        Assert.That(ExampleOutput.Number(rtm[7]), Is.InRange(230m, 300m), "base price between ask and bid");
    }

    [Test]
    public void Ergs_gallium_ramp_to_fifteen_tonnes_is_nearly_all_sold() =>
        Assert.That(Output.Text, Does.Contain("ERG sells 14,000 kg of 15,000 kg/yr; unsold 1,000 kg."));

    [Test]
    public void Unmet_demand_names_the_6n_grade_shortfall_and_mitsui_is_served_once_the_ramp_frees_capacity()
    {
        Assert.That(Output.Text, Does.Contain("shin-etsu-gallium-6n (shin-etsu-chemical): wants 1,500 kg/yr, met 0 kg, unmet 1,500 kg"));
        Assert.That(Output.Text, Does.Contain("[grade-shortfall] offer erg-gallium-pavlodar misses the grade: content: needs ≥ 99.9999 %, offered 99.99 %"));
        Assert.That(Output.Text, Does.Contain("requirement mitsui-gallium is fully supplied, 2000 kg/yr of it by this offer"));
    }
}
