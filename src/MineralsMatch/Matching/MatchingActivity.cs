using System.Diagnostics;

namespace MineralsMatch.Matching;

/// <summary>
/// The engine's <see cref="ActivitySource"/> (<c>MineralsMatch.Matching</c>): one activity per pipeline stage of a run
/// (<c>validation</c>, <c>candidates</c> (the rules and scoring, in one pass), <c>planning</c>, <c>pricing</c>, <c>terms</c>, <c>explanations</c>),
/// for tracing tools and the engine benchmark's per-stage times. Without a listener no activity is created.
/// </summary>
internal static class MatchingActivity
{
    /// <summary>The source's name, for listeners.</summary>
    public const string SourceName = "MineralsMatch.Matching";

    /// <summary>The source.</summary>
    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>Starts the activity of one stage, or returns <see langword="null"/> when nobody listens.</summary>
    /// <param name="stage">The stage's name.</param>
    /// <returns>The activity to dispose at the stage's end.</returns>
    public static Activity? Stage(string stage) => Source.StartActivity(stage, ActivityKind.Internal);
}
