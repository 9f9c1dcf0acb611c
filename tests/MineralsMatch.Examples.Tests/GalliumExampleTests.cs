using MineralsMatch.Examples.Examples;

namespace MineralsMatch.Examples.Tests;

public sealed class GalliumExampleTests
{
    private static readonly ExampleOutput Output = ExampleOutput.Of(new GalliumExample());

    [Test]
    public void Exits_0() => Assert.That(Output.ExitCode, Is.Zero);

    [Test]
    public void Aluminium_of_kazakhstan_sells_its_whole_output_to_mc_rtm_by_air_as_the_real_contract_does()
    {
        var aok = Output.Rows("aluminium-of-kazakhstan");
        var rtm = aok.Single();
        Assert.That(rtm[1], Is.EqualTo("mitsubishi-corporation-rtm-japan"));
        Assert.That(rtm[2], Is.EqualTo("15,000 kg"));
        Assert.That(rtm[3], Is.EqualTo("air-pavlodar-narita"));
        Assert.That(rtm[4], Is.EqualTo("2026"));
        Assert.That(ExampleOutput.Number(rtm[7]), Is.InRange(700m, 950m), "base price between ask and bid");
    }

    [Test]
    public void The_pavlodar_gallium_is_sold_out() =>
        Assert.That(Output.Text, Does.Contain("Aluminium of Kazakhstan sells 15,000 kg of 15,000 kg/yr; unsold 0 kg."));

    [Test]
    public void Unmet_demand_names_the_6n_grade_shortfall_and_the_buyers_mc_rtm_outbid()
    {
        Assert.That(Output.Text, Does.Contain("shin-etsu-gallium-6n (shin-etsu-chemical): wants 1,500 kg/yr, met 0 kg, unmet 1,500 kg"));
        Assert.That(Output.Text, Does.Contain("[grade-shortfall] offer aok-gallium-pavlodar misses the grade: content: needs ≥ 99.9999 %, offered 99.99 %"));
        Assert.That(Output.Text, Does.Contain("jogmec-gallium-stockpile (jogmec): wants 4,000 kg/yr, met 0 kg, unmet 4,000 kg"));
        Assert.That(Output.Text, Does.Contain("[capacity-taken] offer aok-gallium-pavlodar is sold out to pairings that create more value (the least: 310.92 USD/kg for mcrtm-gallium-offtake); this pairing would create 121.99 USD/kg"));
    }
}
