using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Results;
using NUnit.Framework;

namespace MineralsMatch.Tests.Matching;

/// <summary>± volume bands never over-commit what proposals share: an offer's capacity, a requirement's demand, a shared route.</summary>
public sealed class FlexibilityBandTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    // One offer of 10,500 kg/yr; two buyers that may take at most half of their 10,000 kg from one supplier: 5,000 kg each,
    // 10,000 kg in all. Naive ±10 % bands reach 11,000 kg, 500 kg beyond the offer; ±5 % is the widest that fits.
    private static Market HalfShares(decimal capacity = 10_500m) => new TestMarket()
        .Offer("kz", "kz-producer", capacity, 100m)
        .Requirement("a", "buyer-a", 10_000m, 300m, change: r => r with { MaxShareFromSupplier = 0.5m })
        .Requirement("b", "buyer-b", 10_000m, 250m, change: r => r with { MaxShareFromSupplier = 0.5m })
        .Build();

    [Test]
    public void Naive_bands_would_over_commit_the_offer_so_each_is_narrowed_until_the_upper_ends_fit_its_capacity()
    {
        var result = Engine.Match(HalfShares());

        var proposals = result.Proposals;
        Assert.Multiple(() =>
        {
            Assert.That(proposals.Select(p => p.AnnualVolume), Is.EqualTo(new[] { Quantity.Kilograms(5_000m), Quantity.Kilograms(5_000m) }));
            Assert.That(proposals.Sum(p => p.AnnualVolume.Amount * (1m + MatchingOptions.Default.VolumeFlexibility)), Is.GreaterThan(10_500m), "the naive bands over-commit");
            Assert.That(proposals.Select(p => p.Terms.VolumeFlexibility), Is.EqualTo(new[] { 0.05m, 0.05m }));
            Assert.That(proposals.Sum(p => p.AnnualVolume.Amount * (1m + p.Terms.VolumeFlexibility)), Is.LessThanOrEqualTo(10_500m));
            Assert.That(proposals[0].Terms.FlexibilityLimit, Is.EqualTo("offer kz's capacity in 2026: 10500 kg, against 10000 kg its proposals deliver that year"));
            Assert.That(proposals[0].Explanation, Does.EndWith("Volume flexibility ±5 % rather than ±10 %, so that the upper ends of the bands fit the offer kz's capacity in 2026: 10500 kg, against 10000 kg its proposals deliver that year."));
        });
    }

    [Test]
    public void A_band_is_rounded_down_so_the_upper_ends_never_pass_the_limit()
    {
        var result = Engine.Match(HalfShares(capacity: 10_333m));

        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Select(p => p.Terms.VolumeFlexibility), Is.EqualTo(new[] { 0.0333m, 0.0333m }));
            Assert.That(result.Proposals.Sum(p => p.AnnualVolume.Amount * (1m + p.Terms.VolumeFlexibility)), Is.LessThanOrEqualTo(10_333m));
        });
    }

    [Test]
    public void An_offer_with_room_for_the_whole_band_keeps_it_and_names_no_limit()
    {
        var result = Engine.Match(HalfShares(capacity: 11_000m));

        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Select(p => p.Terms.VolumeFlexibility), Is.EqualTo(new[] { 0.1m, 0.1m }));
            Assert.That(result.Proposals.Select(p => p.Terms.FlexibilityLimit), Has.All.Null);
            Assert.That(MatchResultJson.Render(result), Does.Not.Contain("flexibilityLimit"));
        });
    }

    [Test]
    public void A_fully_met_requirement_leaves_no_room_above_its_demand()
    {
        var market = new TestMarket()
            .Offer("kz", "kz-producer", 6_000m, 100m)
            .Offer("kz2", "kz-producer-2", 20_000m, 120m)
            .Requirement("a", "buyer-a", 10_000m, 300m)
            .Build();

        var result = Engine.Match(market);

        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Sum(p => p.AnnualVolume.Amount), Is.EqualTo(10_000m));
            Assert.That(result.Proposals.Select(p => p.Terms.VolumeFlexibility), Has.All.EqualTo(0m));
            Assert.That(result.Proposals.Single(p => p.Offer == "kz2").Terms.FlexibilityLimit, Does.StartWith("requirement a's demand in 2026: 10000 kg"));
            Assert.That(MatchResultJson.Render(result), Does.Contain("\"flexibilityLimit\": \"requirement a's demand in 2026"));
        });
    }

    [Test]
    public void On_a_shared_route_the_upper_ends_of_all_bands_fit_its_capacity_in_every_planned_year()
    {
        var market = new TestMarket()
            .Route("air", "origin", "tokyo", costPerTonne: 100m)
            .Offer("kz", "kz-producer", 20_000m, 200m)
            .Requirement("a", "buyer-a", 5_000m, 300m, change: r => r with { MaxShareFromSupplier = 0.9m })
            .Requirement("b", "buyer-b", 4_200m, 300m, change: r => r with { MaxShareFromSupplier = 0.9m })
            .Build();
        market = market with { Routes = [.. market.Routes.Where(r => r.Id != "direct").Select(r => r.Id == "air" ? r with { SharedAnnualCapacity = Quantity.Tonnes(8.1m) } : r)] };
        var options = MatchingOptions.Default with { PlanningHorizon = DeliveryWindow.Of(2026, 2030) };

        var result = Engine.Match(market, options);

        var upper = result.Proposals
            .SelectMany(p => p.Schedule.Select(i => (i.Year, Kg: i.Quantity.ConvertTo(QuantityUnit.Kilogram).Amount, Flex: p.Terms.VolumeFlexibility)))
            .GroupBy(d => d.Year)
            .Select(g => (Naive: g.Sum(d => d.Kg * 1.1m), Fitted: g.Sum(d => d.Kg * (1m + d.Flex))))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(upper.Select(u => u.Naive), Has.Some.GreaterThan(8_100m), "the naive bands over-commit the route");
            Assert.That(upper.Select(u => u.Fitted), Has.All.LessThanOrEqualTo(8_100m));
            Assert.That(result.Proposals.Select(p => p.Terms.FlexibilityLimit), Has.Some.StartWith("route air's shared capacity in "));
        });
    }

    [Test]
    public void A_contract_running_past_the_horizon_into_a_year_of_lower_capacity_gets_no_band_and_says_why()
    {
        // Planned for 2026–2028 only; the five-year contract runs on at its annual volume into 2029–2030, when the plant makes 4,000 kg.
        var market = new TestMarket()
            .Offer("kz", "kz-producer", 10_000m, 100m, change: o => o with
            {
                CapacityByYear = new YearlyProfile { Years = [new YearAmount(2026, 10_000m), new YearAmount(2029, 4_000m)] },
            })
            .Requirement("a", "buyer-a", 20_000m, 300m, change: r => r with { Tenor = TenorRange.Of(5, 5) })
            .Build();
        var options = MatchingOptions.Default with { PlanningHorizon = DeliveryWindow.Of(2026, 2028) };

        var proposal = Engine.Match(market, options).Proposals.Single();

        Assert.Multiple(() =>
        {
            Assert.That(proposal.Schedule.Where(i => i.Year == 2030).Sum(i => i.Quantity.Amount), Is.EqualTo(10_000m), "the contract as proposed");
            Assert.That(proposal.Terms.VolumeFlexibility, Is.Zero);
            Assert.That(proposal.Terms.FlexibilityLimit, Is.EqualTo("offer kz's capacity in 2029: 4000 kg, against 10000 kg its proposals deliver that year"));
        });
    }

    [Test]
    public void Narrowed_bands_are_the_same_whatever_the_order_of_the_input()
    {
        var market = HalfShares();
        var reversed = market with { Offers = [.. market.Offers.Reverse()], Requirements = [.. market.Requirements.Reverse()], Parties = [.. market.Parties.Reverse()] };

        Assert.That(MatchResultJson.Render(Engine.Match(reversed)), Is.EqualTo(MatchResultJson.Render(Engine.Match(market))));
    }

    [Test]
    public void Without_flexibility_no_band_is_narrowed()
    {
        var result = Engine.Match(HalfShares(), MatchingOptions.Default with { VolumeFlexibility = 0m });

        Assert.That(result.Proposals.Select(p => (p.Terms.VolumeFlexibility, p.Terms.FlexibilityLimit)), Has.All.EqualTo((0m, (string?)null)));
    }
}
