using MineralsMatch.Comparison;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Policies;
using MineralsMatch.Results;
using MineralsMatch.Stress;
using MineralsMatch.Tests.Matching;
using NUnit.Framework;

namespace MineralsMatch.Tests.Stress;

/// <summary>Comparing a baseline plan with a shocked one on hand-checked markets.</summary>
public sealed class ScenarioComparerTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);
    private static readonly ScenarioComparer Comparer = new();

    // kz: 1 000 kg at 200 USD/kg on "direct" (1 USD/kg freight); cn: 1 000 kg at 250 on "cn-direct"; r1 wants 800 kg at 300.
    private static Market Small() => new TestMarket()
        .Offer("kz", "kz-producer", 1_000m, 200m)
        .Offer("cn", "cn-producer", 1_000m, 250m, country: "CN", hub: "cn-origin")
        .Requirement("r1", "jp-buyer", 800m, 300m)
        .Build();

    private static (MatchResult Before, MatchResult After, ScenarioComparison Comparison) Run(Market market, Shock shock)
    {
        var before = Engine.Match(market, TestMarket.Plain.Value);
        var after = Engine.Match(shock.Apply(market, TestMarket.Catalog), TestMarket.Plain.Value);
        return (before, after, Comparer.Compare(before, after));
    }

    [Test]
    public void Closing_the_cheap_route_moves_the_contract_to_the_other_supplier_and_costs_fifty_dollars_a_kilogram()
    {
        var (before, _, comparison) = Run(Small(), new RouteClosure { Routes = ["direct"] });

        Assert.Multiple(() =>
        {
            Assert.That(before.Proposals.Single().Offer, Is.EqualTo("kz"));
            Assert.That(comparison.ProposalsRemoved.Select(p => (p.Offer, p.Route)), Is.EqualTo(new[] { ("kz", "direct") }));
            Assert.That(comparison.ProposalsAdded.Select(p => (p.Offer, p.Route, p.AnnualVolume)), Is.EqualTo(new[] { ("cn", "cn-direct", Quantity.Kilograms(800m)) }));
            Assert.That(comparison.ProposalsChanged, Is.Empty);
            Assert.That(comparison.Requirements, Is.Empty, "r1 still gets its 800 kg");
            Assert.That(comparison.ValueChange, Is.EqualTo(-50m * 800m), "(300 − 250 − 1) − (300 − 200 − 1) = −50 USD/kg on 800 kg");
            Assert.That(comparison.Minerals.Single(), Is.EqualTo(new MineralChange("gallium", 1m, 1m, 1m, 1m)));
            Assert.That(comparison.ChangesPlan, Is.True);
        });
    }

    [Test]
    public void A_production_cut_with_no_other_supplier_shows_the_lost_volume_with_the_contract_that_shrank()
    {
        var market = Small() with { Offers = [.. Small().Offers.Where(o => o.Id == "kz")] };

        var (_, _, comparison) = Run(market, new ProductionShock { Offers = ["kz"], ChangePercent = -50m });

        var r1 = comparison.Requirements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(comparison.ProposalsChanged.Single().Changes, Does.Contain("volume"));
            Assert.That((r1.MetBefore, r1.MetAfter, r1.UnmetAfter, r1.MetChange), Is.EqualTo((Quantity.Kilograms(800m), Quantity.Kilograms(500m), Quantity.Kilograms(300m), Quantity.Kilograms(-300m))));
            Assert.That(r1.Reason, Does.StartWith("kz: volume 800 kg → 500 kg"));
            Assert.That(comparison.Minerals.Single().CoverageAfter, Is.EqualTo(0.625m));
        });
    }

    [Test]
    public void A_ban_from_a_date_shows_the_trade_ban_reason_on_the_requirement_it_starves()
    {
        var market = Small() with { Offers = [.. Small().Offers.Where(o => o.Id == "cn")] };
        var ban = new TradeMeasure { Id = "cn-ban", Kind = MeasureKind.ExportBan, Issuer = "CN", Products = ["gallium"], Destinations = ["JP"], From = new DateOnly(2026, 1, 1), Source = "TEST" };

        var (_, _, comparison) = Run(market, new TradeMeasureShock { Measure = ban });

        Assert.Multiple(() =>
        {
            Assert.That(comparison.ProposalsRemoved.Single().Offer, Is.EqualTo("cn"));
            Assert.That(comparison.Requirements.Single().Reason, Does.Contain("cn via cn-direct dropped").And.Contain("trade-ban: cn-ban"));
            Assert.That(comparison.Minerals.Single(), Is.EqualTo(new MineralChange("gallium", 1m, 0m, 1m, 0m)));
        });
    }

    [Test]
    public void Comparing_the_results_read_back_from_json_gives_the_same_comparison()
    {
        var (before, after, comparison) = Run(Small(), new RouteClosure { Routes = ["direct"] });

        var fromJson = Comparer.Compare(ResultSnapshotJson.Parse(MatchResultJson.Render(before)), ResultSnapshotJson.Parse(MatchResultJson.Render(after)));

        Assert.That(fromJson, Is.EqualTo(comparison));
    }

    [Test]
    public void A_result_file_with_a_missing_key_is_an_error_with_its_position_and_path()
    {
        var json = MatchResultJson.Render(Engine.Match(Small(), TestMarket.Plain.Value)).Replace("\"routeId\"", "\"route\"", StringComparison.Ordinal);

        var error = Assert.Throws<MineralsMatchValidationException>(() => ResultSnapshotJson.Parse(json, "a.json"))!;

        Assert.That(error.Errors.Single().ToString(), Does.Match(@"^a\.json:\d+:\d+ \$\.proposals\[0\]: missing required key 'routeId'$"));
    }
}
