using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Tests.Matching;
using NUnit.Framework;

namespace MineralsMatch.Tests.Planning;

/// <summary>The engine with the planning stage: minimums never broken however deep the repair, ramps followed, shared routes shared.</summary>
public sealed class MultiYearMatchingTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    [Test]
    public void A_chain_of_forty_suppliers_each_left_below_the_minimum_in_turn_ends_with_no_proposal_below_it()
    {
        // The buyer wants 10 kg with at least 6 kg per contract. The best supplier has 6 kg; the rest of the demand (4 kg) goes to
        // the next best supplier, below the minimum; dropping it hands the same 4 kg to the next one, forty rounds deep.
        var market = new TestMarket().Offer("main", "main-producer", 6m, 100m);
        for (var i = 0; i < 40; i++)
        {
            market.Offer($"o{i:00}", $"p{i:00}", 100m, 110m + i);
        }

        market.Requirement("buyer", "jp-buyer", 10m, 300m, change: r => r with { MinAnnualVolume = Quantity.Kilograms(6m) });

        var result = Engine.Match(market.Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Select(p => (p.Offer, p.AnnualVolume)), Is.EqualTo(new[] { ("main", Quantity.Kilograms(6m)) }));
            Assert.That(result.Proposals, Has.All.Matches<Contracts.ContractProposal>(p => p != null && p.AnnualVolume >= Quantity.Kilograms(6m)));
        });
    }

    [Test]
    public void A_ramp_up_from_the_third_quarter_is_followed_year_by_year()
    {
        var market = new TestMarket()
            .Offer("erg", "erg", 15_000m, 200m, change: o => o with
            {
                CapacityByYear = new YearlyProfile { StartQuarter = 3, Years = [new YearAmount(2026, 12_000m), new YearAmount(2028, 15_000m)] },
                Window = DeliveryWindow.Of(2026, 2040),
            })
            .Requirement("mc", "mc-rtm", 15_000m, 300m, change: r => r with { Window = DeliveryWindow.Of(2026, 2040), Tenor = TenorRange.Of(5, 15) })
            .Build();
        var options = MatchingOptions.Default with { PlanningHorizon = DeliveryWindow.Of(2026, 2035) };

        var result = Engine.Match(market, options);

        var proposal = result.Proposals.Single();
        var byYear = proposal.Schedule.GroupBy(i => i.Year).ToDictionary(g => g.Key, g => g.Sum(i => i.Quantity.ConvertTo(QuantityUnit.Kilogram).Amount));
        Assert.Multiple(() =>
        {
            Assert.That(proposal.StartYear, Is.EqualTo(2026));
            Assert.That(proposal.Schedule[0].Quarter, Is.EqualTo(3));
            Assert.That(byYear[2026], Is.LessThanOrEqualTo(6_000m));
            Assert.That(byYear[2027], Is.LessThanOrEqualTo(12_000m));
            Assert.That(byYear.Where(y => y.Key is >= 2026 and <= 2035).Select(y => y.Value), Has.All.LessThanOrEqualTo(15_000m));
            Assert.That(byYear[2027], Is.GreaterThan(0m));
        });
    }

    [Test]
    public void Two_buyers_on_one_air_route_share_its_yearly_capacity_in_every_year()
    {
        var market = new TestMarket()
            .Route("air", "origin", "tokyo", costPerTonne: 100m)
            .Offer("kz", "kz-producer", 20_000m, 200m)
            .Requirement("a", "buyer-a", 5_000m, 300m)
            .Requirement("b", "buyer-b", 4_200m, 300m)
            .Build();
        market = market with { Routes = [.. market.Routes.Where(r => r.Id != "direct").Select(r => r.Id == "air" ? r with { SharedAnnualCapacity = Quantity.Tonnes(8m) } : r)] };
        var options = MatchingOptions.Default with { PlanningHorizon = DeliveryWindow.Of(2026, 2030) };

        var result = Engine.Match(market, options);

        var perYear = result.Proposals.Where(p => p.Route == "air").SelectMany(p => p.Schedule).GroupBy(i => i.Year).Select(g => g.Sum(i => i.Quantity.ConvertTo(QuantityUnit.Kilogram).Amount));
        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals, Is.Not.Empty);
            Assert.That(perYear, Has.All.LessThanOrEqualTo(8_000m));
        });
    }
}
