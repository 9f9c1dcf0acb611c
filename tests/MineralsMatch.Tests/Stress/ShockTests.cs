using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Policies;
using MineralsMatch.Stress;
using MineralsMatch.Tests.Matching;
using NUnit.Framework;

namespace MineralsMatch.Tests.Stress;

/// <summary>Each shock kind on a hand-built market: what it changes, and that the input market is left as it was.</summary>
public sealed class ShockTests
{
    private static Market Small() => new TestMarket()
        .Route("air", "origin", "tokyo", costPerTonne: 4000m)
        .Offer("kz", "kz-producer", 1_000m, 200m)
        .Offer("cn", "cn-producer", 1_000m, 250m, country: "CN", hub: "cn-origin")
        .Requirement("r1", "jp-buyer", 800m, 300m, change: r => r with { ExcludedRoutes = ["air"] })
        .Build();

    [Test]
    public void Closing_a_tagged_corridor_removes_its_routes_and_the_exclusions_that_named_them_and_leaves_the_input_alone()
    {
        var market = Small();
        var tagged = market with { Routes = [.. market.Routes.Select(r => r.Id is "direct" or "air" ? r with { Tags = ["caspian-crossing"] } : r)] };
        var copy = tagged with { };

        var shocked = new RouteClosure { Tags = ["caspian-crossing"] }.Apply(tagged, TestMarket.Catalog);

        Assert.Multiple(() =>
        {
            Assert.That(shocked.Routes.Select(r => r.Id), Is.EqualTo(new[] { "cn-direct" }));
            Assert.That(shocked.Requirements.Single().ExcludedRoutes, Is.Empty);
            Assert.That(tagged, Is.EqualTo(copy));
            Assert.That(tagged.Routes, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Closing_a_hub_or_a_leg_closes_every_route_through_it()
    {
        var market = Small();

        var byHub = new RouteClosure { Hubs = ["cn-origin"] }.Apply(market, TestMarket.Catalog);
        var byLeg = new RouteClosure { Legs = [new LegReference("origin", "tokyo")] }.Apply(market, TestMarket.Catalog);
        var reversed = new RouteClosure { Legs = [new LegReference("tokyo", "origin")] }.Apply(market, TestMarket.Catalog);

        Assert.Multiple(() =>
        {
            Assert.That(byHub.Routes.Select(r => r.Id), Is.EqualTo(new[] { "direct", "air" }));
            Assert.That(byLeg.Routes.Select(r => r.Id), Is.EqualTo(new[] { "cn-direct" }));
            Assert.That(reversed.Routes, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void A_production_cut_scales_volume_and_profile_and_lowers_a_minimum_above_the_new_volume()
    {
        var market = Small() with
        {
            Offers = [.. Small().Offers.Select(o => o.Id == "kz"
                ? o with
                {
                    MinAnnualVolume = Quantity.Kilograms(600m),
                    CapacityByYear = new YearlyProfile { Years = [new YearAmount(2026, 500m), new YearAmount(2028, 1_000m)] },
                }
                : o)],
        };

        var shocked = new ProductionShock { Countries = ["KZ"], ChangePercent = -50m }.Apply(market, TestMarket.Catalog);

        var kz = shocked.Offers.Single(o => o.Id == "kz");
        Assert.Multiple(() =>
        {
            Assert.That(kz.AnnualVolume, Is.EqualTo(Quantity.Kilograms(500m)));
            Assert.That(kz.MinAnnualVolume, Is.EqualTo(Quantity.Kilograms(500m)));
            Assert.That(kz.CapacityByYear!.Years.Select(y => y.Amount), Is.EqualTo(new[] { 250m, 500m }));
            Assert.That(shocked.Offers.Single(o => o.Id == "cn").AnnualVolume, Is.EqualTo(Quantity.Kilograms(1_000m)));
        });
    }

    [Test]
    public void A_full_cut_removes_the_offer_and_a_product_selector_matches_by_mineral()
    {
        var shocked = new ProductionShock { Products = ["gallium"], Producers = ["cn-producer"], ChangePercent = -100m }.Apply(Small(), TestMarket.Catalog);

        Assert.That(shocked.Offers.Select(o => o.Id), Is.EqualTo(new[] { "kz" }));
    }

    [TestCase(3, 2, 2027, 1)]
    [TestCase(3, 3, 2027, 2)]
    [TestCase(1, 2, 2026, 3)]
    [TestCase(4, 1, 2027, 1)]
    public void A_delay_moves_the_start_by_quarters_and_later_steps_by_whole_years(int startQuarter, int quarters, int year, int quarter)
    {
        var market = Small() with
        {
            Offers = [.. Small().Offers.Select(o => o.Id == "kz"
                ? o with { CapacityByYear = new YearlyProfile { StartQuarter = startQuarter, Years = [new YearAmount(2026, 500m), new YearAmount(2030, 1_000m)] } }
                : o)],
        };

        var kz = new ProductionShock { Offers = ["kz"], DelayQuarters = quarters }.Apply(market, TestMarket.Catalog).Offers.Single(o => o.Id == "kz");

        Assert.Multiple(() =>
        {
            Assert.That(kz.CapacityByYear!.StartQuarter, Is.EqualTo(quarter));
            Assert.That(kz.CapacityByYear.Years[0], Is.EqualTo(new YearAmount(year, 500m)));
            Assert.That(kz.CapacityByYear.Years[1], Is.EqualTo(new YearAmount(2031, 1_000m)));
        });
    }

    [Test]
    public void A_delay_of_an_offer_without_a_profile_starts_it_late_in_its_first_window_year_and_past_the_window_removes_it()
    {
        var delayed = new ProductionShock { Offers = ["kz"], DelayQuarters = 2 }.Apply(Small(), TestMarket.Catalog).Offers.Single(o => o.Id == "kz");
        var gone = new ProductionShock { Offers = ["kz"], DelayQuarters = 15 * 4 }.Apply(Small(), TestMarket.Catalog);

        Assert.Multiple(() =>
        {
            Assert.That(delayed.CapacityByYear, Is.EqualTo(new YearlyProfile { StartQuarter = 3, Years = [new YearAmount(2026, 1_000m)] }));
            Assert.That(gone.Offers.Select(o => o.Id), Is.EqualTo(new[] { "cn" }));
        });
    }

    [Test]
    public void Demand_price_and_freight_shocks_scale_what_they_pick()
    {
        var market = Small();

        var demand = new DemandShock { Buyers = ["jp-buyer"], ChangePercent = 25m }.Apply(market, TestMarket.Catalog);
        var noDemand = new DemandShock { Requirements = ["r1"], ChangePercent = -100m }.Apply(market, TestMarket.Catalog);
        var asks = new PriceShock { Side = PriceSide.Asks, Products = ["gallium-4n"], ChangePercent = -30m }.Apply(market, TestMarket.Catalog);
        var bids = new PriceShock { Side = PriceSide.Bids, Products = ["manganese"], ChangePercent = -30m }.Apply(market, TestMarket.Catalog);
        var freight = new FreightShock { Modes = [TransportMode.Sea], ChangePercent = 50m }.Apply(market, TestMarket.Catalog);
        var oneLeg = new FreightShock { Legs = [new LegReference("cn-origin", "tokyo")], ChangePercent = -10m }.Apply(market, TestMarket.Catalog);

        Assert.Multiple(() =>
        {
            Assert.That(demand.Requirements.Single().AnnualVolume, Is.EqualTo(Quantity.Kilograms(1_000m)));
            Assert.That(noDemand.Requirements, Is.Empty);
            Assert.That(asks.Offers.Select(o => o.Ask.Usd), Is.EqualTo(new[] { 140m, 175m }));
            Assert.That(bids, Is.EqualTo(market), "a manganese price shock leaves gallium bids alone");
            Assert.That(freight.Routes.Select(r => r.CostPerTonne), Is.EqualTo(new[] { 1_500m, 1_500m, 6_000m }));
            Assert.That(oneLeg.Routes.Select(r => r.CostPerTonne), Is.EqualTo(new[] { 1_000m, 900m, 4_000m }));
        });
    }

    [Test]
    public void A_trade_measure_shock_adds_the_measure_and_a_set_applies_its_shocks_in_order()
    {
        var ban = new TradeMeasure { Id = "cn-ban", Kind = MeasureKind.ExportBan, Issuer = "CN", Products = ["gallium"], Destinations = ["JP"], From = new DateOnly(2027, 1, 1), Source = "TEST" };
        var set = new ShockSet
        {
            Name = "both",
            Shocks = [new TradeMeasureShock { Measure = ban }, new DemandShock { ChangePercent = 100m }, new DemandShock { ChangePercent = -50m }],
        };

        var shocked = set.Apply(Small(), TestMarket.Catalog);

        Assert.Multiple(() =>
        {
            Assert.That(shocked.Policies, Is.EqualTo(new[] { ban }));
            Assert.That(shocked.Requirements.Single().AnnualVolume, Is.EqualTo(Quantity.Kilograms(800m)));
            Assert.That(set.Shocks.Select(s => s.Describe()), Is.EqualTo(new[]
            {
                "add trade measure cn-ban (CN export ban, from 2027-01-01; source TEST)",
                "demand +100 % (all)",
                "demand -50 % (all)",
            }));
        });
    }
}
