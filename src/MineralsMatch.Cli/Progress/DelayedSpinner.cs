using Spectre.Console;

namespace MineralsMatch.Cli.Progress;

/// <summary>Runs work on the thread pool and shows a status spinner only if it is still running after <see cref="Delay"/>.</summary>
/// <remarks>Quick runs print nothing extra; the spinner goes to the console given (standard error), never to the results.</remarks>
internal static class DelayedSpinner
{
    /// <summary>How long work may run before the spinner appears.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);

    /// <summary>How often the spinner's text is read again.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="work"/>, with a spinner on <paramref name="console"/> when it takes longer than <see cref="Delay"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work; it receives <paramref name="cancellationToken"/>.</param>
    /// <param name="console">The console for the spinner, or <see langword="null"/> for no spinner at all.</param>
    /// <param name="status">The text next to the spinner.</param>
    /// <param name="cancellationToken">Cancels the work (Ctrl+C).</param>
    /// <returns>The work's result.</returns>
    public static Task<T> RunAsync<T>(Func<CancellationToken, T> work, IAnsiConsole? console, string status, CancellationToken cancellationToken) =>
        RunAsync(work, console, () => status, cancellationToken);

    /// <summary>Runs <paramref name="work"/>, with a spinner whose text follows <paramref name="status"/> when it takes longer than <see cref="Delay"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work; it receives <paramref name="cancellationToken"/>.</param>
    /// <param name="console">The console for the spinner, or <see langword="null"/> for no spinner at all.</param>
    /// <param name="status">The text next to the spinner, read again every <see cref="Refresh"/> (e.g. <see cref="StageStatus.Text"/>).</param>
    /// <param name="cancellationToken">Cancels the work (Ctrl+C).</param>
    /// <returns>The work's result.</returns>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, T> work, IAnsiConsole? console, Func<string> status, CancellationToken cancellationToken)
    {
        var task = Task.Run(() => work(cancellationToken), cancellationToken);
        if (console is null)
        {
            return await task.ConfigureAwait(false);
        }

        using (var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var first = await Task.WhenAny(task, Task.Delay(Delay, delay.Token)).ConfigureAwait(false);
            await delay.CancelAsync().ConfigureAwait(false);
            if (first == task)
            {
                return await task.ConfigureAwait(false);
            }
        }

        return await console.Status()
            .Spinner(Spinner.Known.Dots)
            .StartAsync(Markup.Escape(status()), async context =>
            {
                while (!task.IsCompleted)
                {
                    context.Status(Markup.Escape(status()));
                    await Task.WhenAny(task, Task.Delay(Refresh, CancellationToken.None)).ConfigureAwait(false);
                }

                return await task.ConfigureAwait(false);
            })
            .ConfigureAwait(false);
    }
}
