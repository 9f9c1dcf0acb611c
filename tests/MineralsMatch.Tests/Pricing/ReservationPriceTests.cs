using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Tests.Matching;

namespace MineralsMatch.Tests.Pricing;

/// <summary>
/// The bid at which an unmet requirement would be served and the ask at which unsold capacity would sell: hand-checked markets,
/// and on random markets the engine itself confirms each price (just above it more trades, just below it no more does).
/// </summary>
public sealed class ReservationPriceTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    private static MatchingOptions Plain => TestMarket.Plain.Value;

    private static IEnumerable<int> Seeds => Enumerable.Range(1, 60);

    [Test]
    public void An_unmet_buyer_is_served_once_its_bid_beats_the_buyer_it_would_displace()
    {
        // 1 000 kg at 200 USD/kg (logistics 1); r-high bids 300 for 600 kg, r-low 260 for 600 kg: r-low gets 400 kg, 200 kg short.
        // One more kg for r-low means one less for r-high, whose pairing is worth 99 against r-low's 59: r-low must bid 40 more.
        var market = new TestMarket()
            .Offer("erg-gallium", "erg", 1000m, 200m)
            .Requirement("r-high", "hitachi", 600m, 300m)
            .Requirement("r-low", "mitsui", 600m, 260m)
            .Build();

        var result = Engine.Match(market, Plain);

        var low = result.Requirements.Single(r => r.Requirement == "r-low");
        Assert.Multiple(() =>
        {
            Assert.That(low.ServedAt, Is.EqualTo(new ReservationPrice { Status = ReservationStatus.Priced, Price = 300m, Volume = Quantity.Kilograms(200m), Counterpart = "erg-gallium" }));
            Assert.That(result.Requirements.Single(r => r.Requirement == "r-high").ServedAt, Is.Null, "fully met");
            Assert.That(result.Offers.Single().SoldAt, Is.Null, "sold out");
        });
    }

    [Test]
    public void Json_gives_the_reservation_bid_only_where_a_requirement_is_short()
    {
        var market = new TestMarket()
            .Offer("erg-gallium", "erg", 1000m, 200m)
            .Requirement("r-high", "hitachi", 600m, 300m)
            .Requirement("r-low", "mitsui", 600m, 260m)
            .Build();

        using var json = System.Text.Json.JsonDocument.Parse(global::MineralsMatch.Results.MatchResultJson.Render(Engine.Match(market, Plain)));

        var requirements = json.RootElement.GetProperty("requirements").EnumerateArray().ToDictionary(r => r.GetProperty("requirementId").GetString()!);
        Assert.That(requirements["r-high"].TryGetProperty("servedAt", out _), Is.False);
        var servedAt = requirements["r-low"].GetProperty("servedAt");
        Assert.That(
            servedAt.EnumerateObject().Select(p => $"{p.Name}={p.Value}"),
            Is.EqualTo(new[] { "status=priced", "bid=300", "volume=200", "offerId=erg-gallium" }));
    }

    [Test]
    public void Unsold_capacity_sells_once_its_ask_undercuts_the_offer_it_would_displace()
    {
        // Offers at 200 and 250 USD/kg (1 000 kg each) for one buyer of 1 500 kg at 300: the dear offer sells 500 kg. It sells more
        // only by taking the cheap offer's place: its ask must fall by the 50 USD/kg between the two, for the 500 kg it has left.
        var market = new TestMarket()
            .Offer("cheap", "erg", 1000m, 200m)
            .Offer("dear", "kazzinc", 1000m, 250m)
            .Requirement("r", "hitachi", 1500m, 300m)
            .Build();

        var result = Engine.Match(market, Plain);

        Assert.Multiple(() =>
        {
            Assert.That(result.Offers.Single(o => o.Offer == "dear").SoldAt, Is.EqualTo(new ReservationPrice { Status = ReservationStatus.Priced, Price = 200m, Volume = Quantity.Kilograms(500m), Counterpart = "r" }));
            Assert.That(result.Offers.Single(o => o.Offer == "cheap").SoldAt, Is.Null);
            Assert.That(result.Requirements.Single().ServedAt, Is.Null);
        });
    }

    [Test]
    public void A_requirement_no_price_can_serve_is_unreachable_and_its_reasons_say_why()
    {
        // The only offer is fully taken by a buyer the requirement cannot outbid: its share cap allows it none from that supplier.
        var market = new TestMarket()
            .Offer("erg-gallium", "erg", 1000m, 200m)
            .Requirement("r-capped", "mitsui", 600m, 500m, change: r => r with { MaxShareFromSupplier = 0.5m })
            .Build();

        var result = Engine.Match(market, Plain);

        var capped = result.Requirements.Single();
        Assert.That(capped.Unmet.Amount, Is.EqualTo(300m));
        Assert.That(capped.ServedAt, Is.EqualTo(new ReservationPrice { Status = ReservationStatus.Unreachable }));
        Assert.That(capped.Reasons.Select(r => r.Kind), Does.Contain(ReasonKind.DiversificationCap));
    }

    [TestCaseSource(nameof(Seeds))]
    public void On_random_markets_the_engine_confirms_each_reservation_bid(int seed)
    {
        var market = WithoutMinimums(RandomMarkets.Create(seed));
        var result = Engine.Match(market, Plain);
        foreach (var r in result.Requirements.Where(r => r.ServedAt is { Status: ReservationStatus.Priced, ExcludesPriceGapPairings: false }))
        {
            var reservation = r.ServedAt!;
            var bid = Bid(market, r.Requirement);
            var step = Math.Max(0.02m * reservation.Price!.Value, 1m);
            var above = Engine.Match(WithBid(market, r.Requirement, reservation.Price!.Value + step), Plain);
            Assert.That(Met(above, r.Requirement), Is.GreaterThan(r.Met.Amount), $"seed {seed}: {r.Requirement} bidding above {reservation.Price} gets more");
            if (reservation.Price!.Value - step > bid)
            {
                var below = Engine.Match(WithBid(market, r.Requirement, reservation.Price!.Value - step), Plain);
                Assert.That(Met(below, r.Requirement), Is.LessThanOrEqualTo(r.Met.Amount), $"seed {seed}: {r.Requirement} bidding below {reservation.Price} gets no more");
            }
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void On_random_markets_the_engine_confirms_each_reservation_ask(int seed)
    {
        var market = WithoutMinimums(RandomMarkets.Create(seed));
        var result = Engine.Match(market, Plain);
        Assert.That(
            result.Offers.Concat<object>(result.Requirements).Count(x => x is OfferOutcome { SoldAt.ExcludesPriceGapPairings: true } or RequirementOutcome { ServedAt.ExcludesPriceGapPairings: true }),
            Is.EqualTo(result.Offers.Count(o => o.SoldAt is { Status: ReservationStatus.Priced } && o.Reasons.Any(x => x.Kind == ReasonKind.PriceGap))
                + result.Requirements.Count(r => r.ServedAt is { Status: ReservationStatus.Priced } && r.Reasons.Any(x => x.Kind == ReasonKind.PriceGap))),
            "flagged exactly where a pairing was rejected for price");
        foreach (var o in result.Offers.Where(o => o.SoldAt is { Status: ReservationStatus.Priced, ExcludesPriceGapPairings: false }))
        {
            var reservation = o.SoldAt!;
            var ask = Ask(market, o.Offer);
            var step = Math.Max(0.02m * Math.Abs(reservation.Price!.Value), 1m);
            if (reservation.Price!.Value - step > 0m)
            {
                var below = Engine.Match(WithAsk(market, o.Offer, reservation.Price!.Value - step), Plain);
                Assert.That(Sold(below, o.Offer), Is.GreaterThan(o.Sold.Amount), $"seed {seed}: {o.Offer} asking below {reservation.Price} sells more");
            }

            if (reservation.Price!.Value + step < ask)
            {
                var above = Engine.Match(WithAsk(market, o.Offer, reservation.Price!.Value + step), Plain);
                Assert.That(Sold(above, o.Offer), Is.LessThanOrEqualTo(o.Sold.Amount), $"seed {seed}: {o.Offer} asking above {reservation.Price} sells no more");
            }
        }
    }

    private static Market WithoutMinimums(Market market) => market with
    {
        Offers = [.. market.Offers.Select(o => o with { MinAnnualVolume = null })],
        Requirements = [.. market.Requirements.Select(r => r with { MinAnnualVolume = null })],
    };

    private static decimal Bid(Market market, string id) => market.Requirements.Single(r => r.Id == id).Bid.Usd;

    private static decimal Ask(Market market, string id) => market.Offers.Single(o => o.Id == id).Ask.Usd;

    private static Market WithBid(Market market, string id, decimal bid) => market with
    {
        Requirements = [.. market.Requirements.Select(r => r.Id == id ? r with { Bid = Price.Of(bid, r.Bid.Unit) } : r)],
    };

    private static Market WithAsk(Market market, string id, decimal ask) => market with
    {
        Offers = [.. market.Offers.Select(o => o.Id == id ? o with { Ask = Price.Of(ask, o.Ask.Unit) } : o)],
    };

    private static decimal Met(MatchResult result, string id) => result.Requirements.Single(r => r.Requirement == id).Met.Amount;

    private static decimal Sold(MatchResult result, string id) => result.Offers.Single(o => o.Offer == id).Sold.Amount;
}
