using MineralsMatch.Examples.Examples;

namespace MineralsMatch.Examples.Tests;

public sealed class ManganeseSulfateExampleTests
{
    private static readonly ExampleOutput Output = ExampleOutput.Of(new ManganeseSulfateExample());

    [Test]
    public void Exits_0() => Assert.That(Output.ExitCode, Is.Zero);

    [Test]
    public void Sumitomo_gets_12600_t_of_MnSO4_containing_4095_t_of_Mn()
    {
        var row = Output.Table("Buyer  ").Single(r => r[0] == "sumitomo-metal-mining");
        Assert.That(row[1..], Is.EqualTo(new[] { "12,600 t", "32.5 %", "4,095 t" }));
        Assert.That(ExampleOutput.Number(row[3]), Is.EqualTo(ExampleOutput.Number(row[1]) * 0.325m));
    }

    [Test]
    public void Contained_total_is_the_assay_times_the_gross_total()
    {
        var total = Output.Row("total");
        Assert.That(ExampleOutput.Number(total[3]), Is.EqualTo(ExampleOutput.Number(total[1]) * 0.325m));
    }

    [Test]
    public void Sumitomos_unmet_30_percent_is_explained_by_the_diversification_cap()
    {
        Assert.That(Output.Text, Does.Contain("Sumitomo Metal Mining wants 18,000 t/yr, gets 12,600 t (70.0 %); unmet 5,400 t (30.0 %)."));
        Assert.That(Output.Text, Does.Contain("[diversification-cap] the pairing is capped at 70 % of the target from one supplier"));
    }
}
