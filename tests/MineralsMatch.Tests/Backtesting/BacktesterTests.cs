using MineralsMatch.Backtesting;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Tests.Matching;

namespace MineralsMatch.Tests.Backtesting;

public sealed class BacktesterTests
{
    private static readonly MatchingOptions Plain = TestMarket.Plain.Value;

    private static ReferenceDeal Deal(string supplier, string buyer, decimal kg, int start = 2026) => new()
    {
        Id = $"{supplier}-{buyer}",
        Supplier = supplier,
        Buyer = buyer,
        Product = "gallium-4n",
        AnnualVolume = Quantity.Kilograms(kg),
        StartYear = start,
        Source = "TEST",
    };

    private static BacktestDeal Run(TestMarket builder, ReferenceDeal deal) => Run(builder.Build(), deal);

    private static BacktestDeal Run(Market market, ReferenceDeal deal) =>
        new Backtester(MatchingEngine.Create(TestMarket.Catalog)).Run(market with { ReferenceDeals = [deal] }, Plain).Deals.Single();

    [Test]
    public void A_proposal_between_the_same_parties_within_15_percent_and_a_year_recovers_the_deal()
    {
        var deal = Run(new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 8_500m, 300m), Deal("erg", "jogmec", 10_000m));

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Recovered), deal.Reason);
        Assert.That(deal.Proposals, Is.EqualTo(new[] { "o1→r1" }));
        Assert.That((deal.ProposedVolume, deal.ProposedStartYear), Is.EqualTo((Quantity.Kilograms(8_500m), 2026)));
        Assert.That(deal.Reason, Is.EqualTo("o1→r1 proposes 8,500 kg/yr from 2026 against the reference 10,000 kg/yr from 2026 (volume -15 %, start same year)"));
    }

    [Test]
    public void A_proposal_16_percent_short_is_only_partly_a_recovery()
    {
        var deal = Run(new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 8_400m, 300m), Deal("erg", "jogmec", 10_000m));

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Partly));
        Assert.That(deal.Reason, Does.StartWith("o1→r1 proposes 8,400 kg/yr from 2026 against the reference 10,000 kg/yr from 2026 (volume -16 %, start same year): volume beyond ±15 %;"));
    }

    [Test]
    public void A_deal_whose_capacity_went_to_a_higher_value_buyer_is_partly_recovered_naming_that_buyer_and_the_shadow_prices()
    {
        // Values per kg: 300 − 200 − 1 = 99 for jogmec, 260 − 200 − 1 = 59 for hitachi; jogmec takes 6 t of the 10 t.
        var deal = Run(
            new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 6_000m, 300m).Requirement("r2", "hitachi", 8_000m, 260m),
            Deal("erg", "hitachi", 8_000m));

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Partly));
        Assert.That(deal.ProposedVolume, Is.EqualTo(Quantity.Kilograms(4_000m)));
        Assert.That(deal.Reason, Does.Contain("(volume -50 %, start same year): volume beyond ±15 %"));
        Assert.That(deal.Reason, Does.Contain("erg's gallium-4n went to jogmec (6,000 kg/yr from 2026 at 99 USD/kg value)"));
        Assert.That(deal.Reason, Does.Contain("offer o1 shadow price 59 USD/kg (value of one more unit of capacity)"));
        Assert.That(deal.Reason, Does.Contain("requirement r2: 4,000 kg/yr unmet, shadow price 0 USD/kg ("));
    }

    [Test]
    public void A_proposal_starting_two_years_late_is_only_partly_a_recovery()
    {
        var deal = Run(
            new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 10_000m, 300m, change: r => r with { Window = DeliveryWindow.Of(2028, 2035) }),
            Deal("erg", "jogmec", 10_000m));

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Partly));
        Assert.That(deal.ProposedStartYear, Is.EqualTo(2028));
        Assert.That(deal.Reason, Does.Contain("(volume 0 %, start +2 yr): start beyond ±1 yr;"));
    }

    [Test]
    public void A_deal_the_engine_prices_out_is_missed_with_the_price_gap()
    {
        var deal = Run(new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 5_000m, 150m), Deal("erg", "jogmec", 5_000m));

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Missed));
        Assert.That(deal.Proposals, Is.Empty);
        Assert.That((deal.ProposedVolume, deal.ProposedStartYear), Is.EqualTo(((Quantity?)null, (int?)null)));
        Assert.That(deal.Reason, Does.StartWith("no proposal from erg to jogmec for gallium-4n; no other buyer took erg's gallium-4n;"));
        Assert.That(deal.Reason, Does.Contain("requirement r1: 5,000 kg/yr unmet").And.Contain("exceeds the bid"));
    }

    [Test]
    public void A_deal_whose_supplier_has_no_offer_of_the_product_is_missed_saying_so()
    {
        var market = new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 5_000m, 300m).Build();
        market = market with { Parties = [.. market.Parties, new Party { Id = "kazzinc", Name = "Kazzinc", Country = "KZ", Roles = PartyRoles.Producer }] };

        var deal = Run(market, Deal("kazzinc", "jogmec", 5_000m));

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Missed));
        Assert.That(deal.Reason, Is.EqualTo("no proposal from kazzinc to jogmec for gallium-4n; the market holds no offer of gallium-4n by kazzinc"));
    }

    [Test]
    public void A_deal_whose_buyer_has_no_requirement_for_the_product_is_missed_saying_so()
    {
        var market = new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 5_000m, 300m).Build();
        market = market with { Parties = [.. market.Parties, new Party { Id = "mitsui", Name = "Mitsui", Country = "JP", Roles = PartyRoles.Buyer }] };

        var deal = Run(market, Deal("erg", "mitsui", 5_000m));

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Missed));
        Assert.That(deal.Reason, Is.EqualTo("no proposal from erg to mitsui for gallium-4n; the market holds no requirement for gallium-4n by mitsui"));
    }

    [Test]
    public void Reference_volumes_in_another_unit_are_compared_after_conversion()
    {
        var deal = Run(new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 10_000m, 300m), Deal("erg", "jogmec", 10_000m) with { AnnualVolume = Quantity.Tonnes(10m) });

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Recovered));
        Assert.That(deal.ProposedVolume, Is.EqualTo(Quantity.Tonnes(10m)));
        Assert.That(deal.ProposedVolume!.Value.Unit, Is.EqualTo(QuantityUnit.Tonne));
    }

    [Test]
    public void Verdicts_are_in_the_order_of_the_reference_deals_and_counted()
    {
        var market = new TestMarket().Offer("o1", "erg", 10_000m, 200m).Requirement("r1", "jogmec", 6_000m, 300m).Requirement("r2", "hitachi", 8_000m, 260m).Build() with
        {
            ReferenceDeals = [Deal("erg", "hitachi", 8_000m), Deal("erg", "jogmec", 6_000m), Deal("erg", "jogmec", 6_000m, start: 2030) with { Id = "late" }],
        };

        var result = new Backtester(MatchingEngine.Create(TestMarket.Catalog)).Run(market, Plain);

        Assert.That(result.Deals.Select(d => (d.Deal.Id, d.Verdict)), Is.EqualTo(new[] { ("erg-hitachi", DealVerdict.Partly), ("erg-jogmec", DealVerdict.Recovered), ("late", DealVerdict.Partly) }));
        Assert.That((result.Count(DealVerdict.Recovered), result.Count(DealVerdict.Partly), result.Count(DealVerdict.Missed)), Is.EqualTo((1, 2, 0)));
        Assert.That(result.Match.Proposals, Has.Count.EqualTo(2));
    }
}
