using System.Diagnostics;
using System.Globalization;
using MineralsMatch.Markets;
using MineralsMatch.Contracts;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Terms;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Matching;

public sealed class MatchCancellationTests
{
    private static readonly MatchingOptions Plain = TestMarket.Plain.Value;

    [Test]
    public void A_cancelled_token_throws_before_validation_even_for_an_invalid_market()
    {
        var invalid = new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m, hub: "nowhere")
            .Requirement("r1", "jogmec", 6_000m, 300m)
            .Build();
        var engine = MatchingEngine.Create(TestMarket.Catalog);
        Assert.That(() => engine.Match(invalid, Plain), Throws.InstanceOf<MineralsMatchValidationException>(), "the market is invalid");

        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.That(() => engine.Match(invalid, Plain, source.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Validation_of_a_market_checks_the_token_at_each_offer_and_requirement()
    {
        var market = Large(seed: 3, offers: 50, requirements: 50);
        using var source = new CancellationTokenSource();
        Assert.That(MineralsMatch.Validation.MarketValidation.Validate(market, TestMarket.Catalog, source.Token), Is.Empty, "the market is valid");

        source.Cancel();

        Assert.That(() => MineralsMatch.Validation.MarketValidation.Validate(market, TestMarket.Catalog, source.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(MineralsMatch.Validation.MarketValidation.Validate(market, TestMarket.Catalog), Is.Empty, "the public overload carries no token");
    }

    [Test]
    public void A_cancel_during_the_terms_stage_is_honoured_after_the_solver_has_finished()
    {
        using var source = new CancellationTokenSource();
        var terms = new CancellingTerms(source);
        var engine = new MatchingEngine(
            TestMarket.Catalog,
            [],
            [],
            new NetworkSimplexAllocationSolver(),
            terms,
            Microsoft.Extensions.Options.Options.Create(Plain));
        var market = new TestMarket()
            .Offer("o1", "erg", 10_000m, 200m)
            .Requirement("r1", "jogmec", 6_000m, 300m)
            .Build();

        Assert.That(() => engine.Match(market, Plain, source.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(terms.Calls, Is.EqualTo(1), "the cancel came from the terms stage, after every solve");
    }

    [Test]
    public void Cancelling_a_large_match_at_any_point_of_the_run_stops_it_promptly()
    {
        var market = Large(seed: 12, offers: 80, requirements: 80);
        var engine = MatchingEngine.Create(TestMarket.Catalog);
        engine.Match(Large(seed: 1, offers: 20, requirements: 20), Plain); // compile the code paths before timing
        var clock = Stopwatch.StartNew();
        engine.Match(market, Plain);
        var full = clock.Elapsed;

        var latencies = new List<string>();
        foreach (var fraction in new[] { 0.1, 0.5, 0.8 })
        {
            // The machine may be faster now than when timed (a shared machine's load changes): a run that ended before the cancel is
            // retried with half the delay, and after three halvings with none, so the last attempt always cancels a running match.
            var delay = full * fraction;
            Task<MatchResult> run;
            Stopwatch cancelled;
            for (var attempt = 0; ; attempt++)
            {
                using var attemptSource = new CancellationTokenSource();
                run = Task.Run(() => engine.Match(market, Plain, attemptSource.Token));
                Thread.Sleep(delay);
                cancelled = Stopwatch.StartNew();
                attemptSource.Cancel();
                if (!run.IsCompletedSuccessfully || attempt == 4)
                {
                    Assert.That(() => run.GetAwaiter().GetResult(), Throws.InstanceOf<OperationCanceledException>(), $"cancelled at {fraction:P0} after {attempt} retries");
                    break;
                }

                delay = attempt >= 2 ? TimeSpan.Zero : delay / 2;
            }

            var latency = cancelled.Elapsed;
            latencies.Add(string.Create(CultureInfo.InvariantCulture, $"{fraction:P0}: {latency.TotalMilliseconds:F1} ms"));
            Assert.That(latency, Is.LessThan(TimeSpan.FromSeconds(1)), $"cancelled at {fraction:P0} of the run");
        }

        TestContext.Out.WriteLine($"uncancelled run {full.TotalMilliseconds:F0} ms; latency after cancel: {string.Join(", ", latencies)}");
    }

    // A dense multi-year market: every requirement can buy from every offer, with minimums so the planner repairs.
    private static Market Large(int seed, int offers, int requirements)
    {
        var random = new Random(seed);
        var market = new TestMarket();
        for (var i = 0; i < offers; i++)
        {
            var volume = random.Next(1, 40) * 500m;
            market.Offer(
                string.Create(CultureInfo.InvariantCulture, $"o{i}"),
                string.Create(CultureInfo.InvariantCulture, $"p{random.Next(40)}"),
                volume,
                random.Next(150, 260),
                change: o => o with
                {
                    MinAnnualVolume = random.Next(3) == 0 ? Quantity.Kilograms(Math.Min(volume, random.Next(1, 10) * 200m)) : null,
                    Window = DeliveryWindow.Of(2026 + random.Next(4), 2032 + random.Next(10)),
                });
        }

        for (var j = 0; j < requirements; j++)
        {
            var volume = random.Next(1, 30) * 400m;
            market.Requirement(
                string.Create(CultureInfo.InvariantCulture, $"r{j}"),
                string.Create(CultureInfo.InvariantCulture, $"b{random.Next(40)}"),
                volume,
                random.Next(180, 320),
                priority: random.Next(1, 11),
                change: r => r with
                {
                    MaxShareFromSupplier = random.Next(3) == 0 ? random.Next(3, 10) / 10m : null,
                    MinAnnualVolume = random.Next(3) == 0 ? Quantity.Kilograms(Math.Min(volume, random.Next(1, 10) * 100m)) : null,
                });
        }

        return market.Build();
    }

    // Proposes the default terms and cancels the run on the first proposal, as a Ctrl+C at the end of a run would.
    private sealed class CancellingTerms(CancellationTokenSource source) : IContractTermsPolicy
    {
        private readonly DefaultContractTermsPolicy _inner = new();

        public int Calls { get; private set; }

        public ContractProposal Propose(AllocatedCandidate allocated)
        {
            Calls++;
            source.Cancel();
            return _inner.Propose(allocated);
        }
    }
}
