using MineralsMatch.Backtesting;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Backtesting;

/// <summary>The embedded market against the one contract known to be signed: Aluminium of Kazakhstan's gallium to Mitsubishi Corporation RtM Japan.</summary>
public sealed class JapanKazakhstanBacktestTests
{
    private static BacktestDeal Run(Market market) =>
        new Backtester(MatchingEngine.Create()).Run(market, MarketScenarios.JapanKazakhstanScenario().Options).Deals.Single();

    [Test]
    public void The_embedded_market_recovers_the_mc_rtm_gallium_deal_from_its_sourced_inputs()
    {
        var deal = Run(MarketScenarios.JapanKazakhstan());

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Recovered), deal.Reason);
        Assert.That(deal.Proposals, Is.EqualTo(new[] { "aok-gallium-pavlodar→mcrtm-gallium-offtake" }));
        Assert.That(deal.ProposedStartYear, Is.EqualTo(2026));
        Assert.That(deal.ProposedVolume!.Value.Amount, Is.InRange(12_750m, 17_250m));
    }

    [Test]
    public void Bidding_mc_rtm_below_jogmec_lets_the_stockpile_take_part_of_the_output_and_the_deal_is_only_partly_recovered()
    {
        var market = MarketScenarios.JapanKazakhstan();
        var jogmec = market.Requirements.Single(r => r.Id == "jogmec-gallium-stockpile");
        var lowered = market with
        {
            Requirements = [.. market.Requirements.Select(r => r.Id == "mcrtm-gallium-offtake" ? r with { Bid = Price.PerKilogram(jogmec.Bid.Usd - 50m) } : r)],
        };

        var deal = Run(lowered);

        Assert.That(deal.Verdict, Is.EqualTo(DealVerdict.Partly), deal.Reason);
        Assert.That(deal.Reason, Does.Contain("aluminium-of-kazakhstan's gallium-4n went to jogmec (4,000 kg/yr"));
        Assert.That(deal.Reason, Does.Contain("offer aok-gallium-pavlodar shadow price"));
    }
}
