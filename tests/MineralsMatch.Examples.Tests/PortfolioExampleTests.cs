using MineralsMatch.Examples.Examples;
using MineralsMatch.Minerals;

namespace MineralsMatch.Examples.Tests;

public sealed class PortfolioExampleTests
{
    private static readonly ExampleOutput Output = ExampleOutput.Of(new PortfolioExample());

    [Test]
    public void Exits_0() => Assert.That(Output.ExitCode, Is.Zero);

    [Test]
    public void The_coverage_table_has_one_row_per_kazakh_material()
    {
        var rows = Output.Table("Mineral ");
        Assert.That(rows, Has.Count.EqualTo(22));
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(MineralCatalog.Default.List("kazakhstan-22").Select(m => m.Id)));
    }

    [Test]
    public void Minerals_without_requirements_say_so_and_demanded_ones_show_coverage()
    {
        var rows = Output.Table("Mineral ").ToDictionary(r => r[0]);
        Assert.That(rows["barium"][2], Is.EqualTo(PortfolioExample.NoDemand));
        Assert.That(rows["gallium"][4], Is.EqualTo("65.3 %"));
        Assert.That(rows["gallium"][5], Is.EqualTo("2"));
        Assert.That(rows["chromium"][6], Is.EqualTo("price-gap"));
        Assert.That(rows["manganese"][6], Is.EqualTo("diversification-cap"));
        Assert.That(rows["titanium"][4], Is.EqualTo("100.0 %"));
        Assert.That(rows.Values.Count(r => r[2] != PortfolioExample.NoDemand), Is.EqualTo(9));
    }

    [Test]
    public void The_kpis_of_every_list_are_printed_and_money_is_apart_from_the_score()
    {
        Assert.That(Output.Row("japan-32 minerals demanded")[1], Is.EqualTo("9"));
        Assert.That(Output.Row("japan-32 fully / partly / not covered")[1], Is.EqualTo("6 / 3 / 0"));
        Assert.That(Output.Row("kazakhstan-22 minerals demanded")[1], Is.EqualTo("9"));
        Assert.That(Output.Row("meti-rare-metals-31 minerals demanded")[1], Is.EqualTo("8"));
        Assert.That(ExampleOutput.Number(Output.Row("proposals")[1]), Is.EqualTo(12m));
        Assert.That(ExampleOutput.Number(Output.Row("annual value score (not money)")[1]), Is.GreaterThan(0m));
        Assert.That(Output.Row("annual turnover (money)")[1], Does.EndWith(" USD"));
    }
}
