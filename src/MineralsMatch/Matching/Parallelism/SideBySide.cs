namespace MineralsMatch.Matching.Parallelism;

/// <summary>
/// Runs two independent pieces of work, the second on a pool thread beside the first when more than one thread may be used,
/// and fails as running them one after the other would: with the first's failure if it fails, else with the second's.
/// </summary>
internal static class SideBySide
{
    /// <summary>
    /// Both results: <paramref name="main"/> on the calling thread and <paramref name="side"/> beside it when
    /// <paramref name="degree"/> is above 1, else one after the other. No work outlives the call, even when one fails.
    /// </summary>
    /// <typeparam name="TMain">The first result.</typeparam>
    /// <typeparam name="TSide">The second result.</typeparam>
    /// <param name="degree">The most threads to use.</param>
    /// <param name="main">The first piece of work.</param>
    /// <param name="side">The second piece; it must share no mutable state with <paramref name="main"/> that is not thread-safe.</param>
    /// <returns>The two results.</returns>
    public static (TMain Main, TSide Side) Run<TMain, TSide>(int degree, Func<TMain> main, Func<TSide> side)
    {
        if (degree <= 1)
        {
            var first = main();
            return (first, side());
        }

        var task = Task.Run(side, CancellationToken.None);
        TMain result;
        try
        {
            result = main();
        }
        catch
        {
            // The side's outcome, or its own failure, is dropped once it has finished: the first failure is the one a
            // sequential run would have raised.
            try
            {
                task.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        // The side's failure surfaces as itself, with its own stack trace, not wrapped.
        return (result, task.GetAwaiter().GetResult());
    }
}
