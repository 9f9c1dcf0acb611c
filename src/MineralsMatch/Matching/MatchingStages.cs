using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MineralsMatch.Matching;

/// <summary>
/// The stage boundaries of one run: each <see cref="Enter"/> ends the current stage and starts the next, with its activity on
/// <see cref="MatchingActivity"/>, its time in the log (Debug) and a <see cref="MatchProgress"/> report.
/// </summary>
internal sealed class MatchingStages(ILogger logger, IProgress<MatchProgress>? progress, string market) : IDisposable
{
    private static readonly string[] ActivityNames = ["validation", "candidates", "planning", "pricing", "terms", "explanations"];
    private readonly long _runStart = Stopwatch.GetTimestamp();
    private Activity? _activity;
    private MatchStage? _current;
    private long _stageStart;

    /// <summary>The time since the run started.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_runStart);

    /// <summary>Ends the current stage (logging its time) and starts <paramref name="stage"/>.</summary>
    public void Enter(MatchStage stage)
    {
        End();
        _current = stage;
        _stageStart = Stopwatch.GetTimestamp();
        _activity = MatchingActivity.Stage(ActivityNames[(int)stage]);
        progress?.Report(new MatchProgress(stage));
    }

    /// <summary>Ends the current stage, logging its time; the next <see cref="Enter"/> starts the next one.</summary>
    public void End()
    {
        _activity?.Dispose();
        _activity = null;
        if (_current is { } stage && logger.IsEnabled(LogLevel.Debug))
        {
            var milliseconds = Stopwatch.GetElapsedTime(_stageStart).TotalMilliseconds;
            MatchingLog.StageTime(logger, stage, market, milliseconds);
        }

        _current = null;
    }

    /// <summary>Ends the current stage's activity without logging a time (the run failed or was cancelled).</summary>
    public void Dispose()
    {
        _activity?.Dispose();
        _activity = null;
        _current = null;
    }
}
