using CsCheck;
using MineralsMatch.Matching;
using MineralsMatch.Tests.Matching;

namespace MineralsMatch.Tests.Properties;

/// <summary>On any valid-looking market, match returns a result an independent checker accepts, or a validation error — nothing else.</summary>
public sealed class MatchPropertyTests
{
    private static readonly MatchingEngine Engine = MatchingEngine.Create(TestMarket.Catalog);

    [TestCase(MarketSize.Tiny, 120)]
    [TestCase(MarketSize.Small, 60)]
    [TestCase(MarketSize.Medium, 12)]
    [TestCase(MarketSize.Limits, 40)]
    public void Match_returns_a_checked_result_or_a_validation_error(MarketSize size, int markets)
    {
        Gen.Int.Sample(seed =>
        {
            var (market, options) = HostileMarkets.Create(seed, size);
            MatchResult result;
            try
            {
                result = Engine.Match(market, options);
            }
            catch (MineralsMatchValidationException ex) when (ex.Errors.Count > 0)
            {
                return;
            }

            var problems = ResultChecker.Problems(market, options, result, TestMarket.Catalog);
            if (problems.Count > 0)
            {
                throw new AssertionException($"seed {seed} ({size}, {options}):\n{string.Join("\n", problems.Take(10))}");
            }
        }, iter: markets, threads: 1);
    }

    // Seeds where an offer or requirement has more than five reasons of one kind, so the engine ends them with a summary
    // ("and N more pairings for the same reason"): found by the sampled test above.
    [TestCase(7932)]
    [TestCase(71284)]
    [TestCase(2534093)]
    public void A_summarised_reason_list_passes_the_checker(int seed)
    {
        var (market, options) = HostileMarkets.Create(seed, MarketSize.Medium);
        var result = Engine.Match(market, options);

        var reasons = result.Offers.SelectMany(o => o.Reasons).Concat(result.Requirements.SelectMany(r => r.Reasons));
        Assert.That(reasons.Any(r => r.Message.Contains("more pairings for the same reason", StringComparison.Ordinal)), Is.True, "the seed summarises reasons");
        Assert.That(ResultChecker.Problems(market, options, result, TestMarket.Catalog), Is.Empty);
    }
}
