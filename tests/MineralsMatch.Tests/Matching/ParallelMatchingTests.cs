using MineralsMatch.Matching;
using MineralsMatch.Matching.Parallelism;
using MineralsMatch.Results;

namespace MineralsMatch.Tests.Matching;

/// <summary>
/// Candidate generation and scoring run in chunks on several threads: on seeded random markets large enough to be cut into many
/// chunks, the result is byte-identical to one thread's, in any input order.
/// </summary>
public sealed class ParallelMatchingTests
{
    // Seeds whose market has enough requirements and pairs to be cut into several chunks by each stage.
    private static IEnumerable<int> Seeds => Enumerable.Range(1, 100).Where(seed =>
    {
        var market = RandomMarkets.Create(seed, maxOffers: 90, maxRequirements: 120);
        return market.Requirements.Count >= 32 && market.Offers.Count * market.Requirements.Count >= 2048;
    }).Take(12);

    [TestCaseSource(nameof(Seeds))]
    public void Four_threads_give_the_bytes_of_one_thread(int seed)
    {
        var market = RandomMarkets.Create(seed, maxOffers: 90, maxRequirements: 120);
        var sequential = MatchingEngine.Create(TestMarket.Catalog);
        sequential.Parallelism = 1;
        var parallel = MatchingEngine.Create(TestMarket.Catalog);
        parallel.Parallelism = 4;

        var expected = MatchResultJson.Render(sequential.Match(market));
        var result = parallel.Match(market);

        Assert.Multiple(() =>
        {
            Assert.That(market.Requirements, Has.Count.GreaterThanOrEqualTo(32), $"seed {seed}: enough requirements for several chunks");
            Assert.That(result.Solver.Candidates + result.Solver.Rejected, Is.GreaterThanOrEqualTo(2048), $"seed {seed}: enough pairs for several scoring chunks");
            Assert.That(MatchResultJson.Render(result), Is.EqualTo(expected), $"seed {seed}");
            Assert.That(MatchResultJson.Render(parallel.Match(RandomMarkets.Shuffled(market, seed * 31))), Is.EqualTo(expected), $"seed {seed}: shuffled");
        });
    }

    [TestCase(0, 4)]
    [TestCase(7, 4)]
    [TestCase(1000, 1)]
    [TestCase(1000, 3)]
    [TestCase(1001, 8)]
    public void Chunks_cover_every_item_once_in_order(int count, int degree)
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var chunks = OrderedChunks.Run(count, degree, 10, (start, end) =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            return Enumerable.Range(start, end - start).ToList();
        }, CancellationToken.None);

        Assert.That(chunks.SelectMany(c => c), Is.EqualTo(Enumerable.Range(0, count)));
        Assert.That(chunks, Has.Length.EqualTo(degree == 1 || count < 20 ? 1 : Math.Min(degree * 4, count / 10)));
    }

    [Test]
    public void A_failure_in_a_chunk_surfaces_as_itself()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrderedChunks.Run<int>(1000, 4, 10, (start, _) => start >= 500 ? throw new InvalidOperationException("chunk") : start, CancellationToken.None));
        Assert.That(error!.Message, Is.EqualTo("chunk"));
    }
}
