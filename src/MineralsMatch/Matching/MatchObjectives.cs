namespace MineralsMatch.Matching;

/// <summary>Stable names of <see cref="MatchObjective"/> values, as written to files, reports and the command line.</summary>
internal static class MatchObjectives
{
    /// <summary>The kebab-case name: <c>total-value</c>, <c>coverage-first</c> or <c>stable</c>.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The name.</returns>
    public static string Name(MatchObjective objective) => JsonEnum<MatchObjective>.Default.Name(objective);
}
