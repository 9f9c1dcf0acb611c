using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Results;
using NUnit.Framework;

namespace MineralsMatch.Tests.Matching;

/// <summary>KPIs per mineral and per list: coverage by contained quantity and by value, concentration against a baseline, money apart from the score.</summary>
public sealed class KpiTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    // Gallium: 10,000 kg from KZ to a buyer wanting 10,000 kg at 300 and 4,000 more to a buyer wanting 8,000 at 200 (out of
    // 14,000 kg of KZ supply); CN gallium 2,000 kg to the second buyer. Manganese sulfate: 100 t wanted, nothing offered.
    private static Market Market(params BaselineImports[] baselines)
    {
        var market = new TestMarket()
            .Offer("kz", "kz-producer", 14_000m, 100m)
            .Offer("cn", "cn-producer", 2_000m, 100m, country: "CN", hub: "cn-origin")
            .Requirement("a", "buyer-a", 10_000m, 300m)
            .Requirement("b", "buyer-b", 8_000m, 200m)
            .Requirement("mn", "buyer-a", 0m, 1m, change: r => r with
            {
                Product = "mnso4-battery",
                Spec = new GradeSpec { Form = ProductForm.Salt, MinContent = 0.3m },
                AnnualVolume = Quantity.Tonnes(100m),
                Bid = Price.PerTonne(900m),
            })
            .Build();
        return market with { BaselineImports = baselines };
    }

    private static BaselineImports Gallium2021 => new()
    {
        Mineral = "gallium",
        Importer = "JP",
        Year = 2021,
        Quantity = Quantity.Tonnes(96.5m),
        Shares = [new CountryShare("CN", 0.57m)],
        Source = "TEST",
    };

    [Test]
    public void Demand_met_is_per_mineral_by_contained_quantity_and_by_value_and_never_summed_across_minerals()
    {
        var kpis = Engine.Match(Market(), TestMarket.Plain.Value).Kpis;

        var gallium = kpis.Minerals.Single(m => m.Mineral == "gallium");
        var manganese = kpis.Minerals.Single(m => m.Mineral == "manganese");
        Assert.Multiple(() =>
        {
            Assert.That(kpis.Minerals.Select(m => m.Mineral), Is.EqualTo(new[] { "gallium", "manganese" }));
            Assert.That((gallium.DemandContainedKg, gallium.MetContainedKg, gallium.DemandMetShare), Is.EqualTo((18_000m, 16_000m, 0.888889m)));
            Assert.That((gallium.DemandValueUsd, gallium.MetValueUsd), Is.EqualTo((4_600_000m, 4_200_000m)), "10,000 kg at 300 and 8,000 kg at 200; all of a and 6,000 kg of b met");
            Assert.That(gallium.ValueMetShare, Is.EqualTo(0.913043m));
            Assert.That((manganese.DemandContainedKg, manganese.MetContainedKg, manganese.DemandMetShare), Is.EqualTo((32_500m, 0m, 0m)), "100 t of MnSO4 at 32.5 % Mn");
            Assert.That((gallium.QuantityAsTraded, manganese.QuantityAsTraded), Is.EqualTo((true, false)), "the test catalog gives no content for gallium-4n");
            Assert.That(kpis.MeanDemandMetShare, Is.EqualTo(0.444444m), "the mean of 0.888889 and 0 (rounded half to even), not 16,000 kg of 50,500 kg");
            Assert.That((kpis.MineralsDemanded, kpis.MineralsFullyCovered, kpis.MineralsPartlyCovered, kpis.MineralsNotCovered), Is.EqualTo((2, 0, 1, 1)));
        });
    }

    [Test]
    public void Each_list_of_the_catalog_and_the_market_gets_its_own_coverage()
    {
        var market = Market() with
        {
            Catalog = new CatalogContent { Lists = [new CriticalityList { Id = "battery-only", Name = "Battery", Members = ["manganese"] }] },
        };

        var kpis = Engine.Match(market, TestMarket.Plain.Value).Kpis;

        Assert.Multiple(() =>
        {
            Assert.That(kpis.Lists, Is.EqualTo(new[]
            {
                new ListKpis("battery-only", "Battery", 1, 0, 0, 1, 0m),
                new ListKpis("japan-32", "Japan 32", 2, 0, 1, 1, 0.444444m),
            }));
            Assert.That(kpis.Minerals.Single(m => m.Mineral == "manganese").Lists, Is.EqualTo(new[] { "battery-only", "japan-32" }));
        });
    }

    [Test]
    public void Without_a_baseline_concentration_is_that_of_the_proposals_alone()
    {
        var gallium = Engine.Match(Market(), TestMarket.Plain.Value).Kpis.Minerals.Single(m => m.Mineral == "gallium");

        Assert.Multiple(() =>
        {
            // 14,000 kg from KZ and 2,000 from CN: shares 87.5 % and 12.5 %.
            Assert.That(gallium.Hhi, Is.EqualTo(7_812.5m));
            Assert.That((gallium.TopCountry, gallium.TopCountryShare), Is.EqualTo(("KZ", (decimal?)0.875m)));
            Assert.That((gallium.BaselineYear, gallium.BaselineHhi, gallium.BaselineTopCountry, gallium.BaselineTopCountryShare), Is.EqualTo(((int?)null, (decimal?)null, (string?)null, (decimal?)null)));
        });
    }

    [Test]
    public void With_a_baseline_the_proposals_are_added_to_the_imports_and_both_mixes_are_reported()
    {
        var gallium = Engine.Match(Market(Gallium2021), TestMarket.Plain.Value).Kpis.Minerals.Single(m => m.Mineral == "gallium");

        Assert.Multiple(() =>
        {
            // Before: CN 57 % of 96.5 t, the other 43 % unnamed (adds nothing): 57² = 3,249.
            Assert.That((gallium.BaselineYear, gallium.BaselineHhi, gallium.BaselineTopCountry, gallium.BaselineTopCountryShare), Is.EqualTo(((int?)2021, (decimal?)3_249m, "CN", (decimal?)0.57m)));
            // After: 112.5 t; CN 55.005 + 2 = 57.005 t (50.671 %), KZ 14 t (12.444 %), 41.495 t unnamed.
            Assert.That((gallium.TopCountry, gallium.TopCountryShare), Is.EqualTo(("CN", (decimal?)0.506711m)));
            Assert.That(gallium.Hhi, Is.EqualTo(2_722.43m));
        });
    }

    [Test]
    public void Only_proposals_to_buyers_in_the_importing_country_add_to_its_baseline()
    {
        var elsewhere = Gallium2021 with { Importer = "KR" };

        var gallium = Engine.Match(Market(elsewhere), TestMarket.Plain.Value).Kpis.Minerals.Single(m => m.Mineral == "gallium");

        Assert.Multiple(() =>
        {
            Assert.That(gallium.Hhi, Is.EqualTo(gallium.BaselineHhi));
            Assert.That(gallium.TopCountryShare, Is.EqualTo(0.57m));
        });
    }

    [Test]
    public void Money_and_the_value_score_are_apart()
    {
        var result = Engine.Match(Market(), TestMarket.Plain.Value);

        var kpis = result.Kpis;
        Assert.Multiple(() =>
        {
            Assert.That(kpis.AnnualTurnoverUsd, Is.EqualTo(result.Proposals.Sum(p => p.Terms.Base.Usd * p.AnnualVolume.Amount)));
            Assert.That(kpis.AnnualLandedCostUsd, Is.EqualTo(result.Proposals.Sum(p => p.LandedCost.Usd * p.AnnualVolume.Amount)));
            Assert.That(kpis.AnnualValueScore, Is.EqualTo(result.Proposals.Sum(p => p.ValuePerUnit * p.AnnualVolume.Amount)));
            Assert.That(kpis.AnnualLandedCostUsd, Is.Not.EqualTo(kpis.AnnualTurnoverUsd));
        });
    }

    [Test]
    public void The_json_has_kpis_per_mineral_and_per_list_and_no_mass_weighted_or_japan_32_figures()
    {
        var json = MatchResultJson.Render(Engine.Match(Market(Gallium2021), TestMarket.Plain.Value));

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"minerals\": [").And.Contain("\"lists\": [").And.Contain("\"demandMetShare\": 0.888889").And.Contain("\"valueMetShare\": 0.913043"));
            Assert.That(json, Does.Contain("\"baselineHhi\": 3249").And.Contain("\"baselineTopCountry\": \"CN\"").And.Contain("\"topCountryShare\": 0.506711"));
            Assert.That(json, Does.Contain("\"annualValueScore\"").And.Contain("\"annualTurnoverUsd\"").And.Contain("\"annualLandedCostUsd\""));
            Assert.That(json, Does.Not.Contain("overallCoverage").And.Not.Contain("japan32").And.Not.Contain("totalAnnualValue"));
        });
    }

    [Test]
    public void Kpis_are_the_same_whatever_the_order_of_the_input()
    {
        var market = Market(Gallium2021);
        var reversed = market with { Offers = [.. market.Offers.Reverse()], Requirements = [.. market.Requirements.Reverse()], Parties = [.. market.Parties.Reverse()] };

        Assert.That(MatchResultJson.Render(Engine.Match(reversed, TestMarket.Plain.Value)), Is.EqualTo(MatchResultJson.Render(Engine.Match(market, TestMarket.Plain.Value))));
    }
}
