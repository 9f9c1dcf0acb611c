namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A built-in rule that can tell whether a pair fails, and with which kind of reason, without writing the reason and without the
/// pair's record (every built-in rule is one).
/// </summary>
internal interface IDeferredRule
{
    /// <summary>The kind of reason <see cref="ICandidateRule.Check"/> would give, or <see langword="null"/> when the pair passes.</summary>
    /// <param name="pair">The pair, with its record where trade measures concern it.</param>
    /// <param name="figures">The pair's figures, worked out once by the engine.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    ReasonKind? Fails(in PairView pair, in PairFigures figures);
}
