using System.Runtime.ExceptionServices;

namespace MineralsMatch.Matching.Parallelism;

/// <summary>
/// Runs a loop over <c>[0, count)</c> in contiguous chunks on several threads and hands back each chunk's result in chunk order,
/// so that concatenating them gives exactly what one sequential pass gives, whatever the number of threads.
/// </summary>
internal static class OrderedChunks
{
    // Chunks per thread: small enough to balance uneven chunks, large enough that per-chunk lists stay few.
    private const int ChunksPerThread = 4;

    /// <summary>
    /// Calls <paramref name="body"/> once per chunk <c>[start, end)</c> and returns the results in chunk order; one chunk, on the
    /// calling thread, when <paramref name="degree"/> is 1 or <paramref name="count"/> is below <paramref name="minimumPerChunk"/> × 2.
    /// </summary>
    /// <typeparam name="T">A chunk's result.</typeparam>
    /// <param name="count">The number of items.</param>
    /// <param name="degree">The most threads to use.</param>
    /// <param name="minimumPerChunk">The fewest items worth a chunk of their own.</param>
    /// <param name="body">Works out one chunk from its start (inclusive) and end (exclusive).</param>
    /// <param name="cancellationToken">Stops the loop; checked between chunks and by the body.</param>
    /// <returns>The chunks' results in order.</returns>
    public static T[] Run<T>(int count, int degree, int minimumPerChunk, Func<int, int, T> body, CancellationToken cancellationToken)
    {
        var chunks = Math.Clamp(Math.Min(degree * ChunksPerThread, count / Math.Max(1, minimumPerChunk)), 1, Math.Max(1, count));
        if (degree <= 1 || chunks == 1)
        {
            return [body(0, count)];
        }

        var results = new T[chunks];
        try
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken }, c =>
            {
                results[c] = body(Start(c, chunks, count), Start(c + 1, chunks, count));
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
        {
            // The sequential loop would have thrown the first failure itself: do the same, with its own stack trace.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        return results;
    }

    private static int Start(int chunk, int chunks, int count) => (int)((long)count * chunk / chunks);
}
