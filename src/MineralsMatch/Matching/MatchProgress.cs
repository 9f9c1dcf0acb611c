namespace MineralsMatch.Matching;

/// <summary>Reported to an <see cref="IProgress{T}"/> when a stage of a matching run starts.</summary>
/// <param name="Stage">The stage that starts.</param>
/// <example>
/// <code>
/// var progress = new Progress&lt;MatchProgress&gt;(p => Console.Error.WriteLine($"{p.Stage} ({p.Number}/{MatchProgress.StageCount})"));
/// engine.Match(market, options: null, progress, cancellationToken);
/// </code>
/// </example>
public readonly record struct MatchProgress(MatchStage Stage)
{
    /// <summary>How many stages a run has.</summary>
    public const int StageCount = (int)MatchStage.Explanations + 1;

    /// <summary>The stage's number, 1 for the first (<see cref="MatchStage.Validation"/>) to <see cref="StageCount"/>.</summary>
    public int Number => (int)Stage + 1;
}
