using MineralsMatch.Matching;

namespace MineralsMatch.Cli.Progress;

/// <summary>The spinner's text for a matching run: the run's label, then the stage that is running, e.g. <c>Matching Japan–Kazakhstan: planning (3/6)...</c>.</summary>
internal sealed class StageStatus(string label) : IProgress<MatchProgress>
{
    private volatile string _text = label + "...";

    /// <summary>The current text.</summary>
    public string Text => _text;

    /// <summary>Shows the stage that starts.</summary>
    /// <param name="value">The stage.</param>
    public void Report(MatchProgress value) =>
        _text = $"{label}: {value.Stage.ToString().ToLowerInvariant()} ({value.Number}/{MatchProgress.StageCount})...";
}
