using MineralsMatch.Examples.Examples;

namespace MineralsMatch.Examples.Tests;

public sealed class NewMineralExampleTests
{
    private static readonly ExampleOutput Output = ExampleOutput.Of(new NewMineralExample());

    [Test]
    public void Exits_0() => Assert.That(Output.ExitCode, Is.Zero);

    [Test]
    public void Both_added_products_are_in_the_catalog()
    {
        Assert.That(Output.Row("graphite-flake")[5], Is.EqualTo("builder.AddMineral + AddProduct"));
        Assert.That(Output.Row("silicon-metal-553")[5], Is.EqualTo("builder.AddCatalogFile"));
        Assert.That(Output.Text, Does.Contain("List anode-materials: graphite, silicon; minerals produced in KZ now: 23."));
    }

    [Test]
    public void A_graphite_proposal_goes_from_sarytogan_to_resonac()
    {
        var row = Output.Row("sarytogan-graphite");
        Assert.That(row[1..4], Is.EqualTo(new[] { "resonac", "8,000 t", "mc-karaganda-yokohama" }));
    }

    [Test]
    public void A_silicon_proposal_comes_from_the_catalog_file_product()
    {
        var row = Output.Row("tau-ken-temir");
        Assert.That(row[1..3], Is.EqualTo(new[] { "shin-etsu-chemical", "6,000 t" }));
    }

    [Test]
    public void The_95_percent_graphite_buyer_is_unmet_for_grade() =>
        Assert.That(Output.Text, Does.Contain("[grade-shortfall] offer sarytogan-flake misses the grade: content: needs ≥ 95 %, offered 94 %"));
}
