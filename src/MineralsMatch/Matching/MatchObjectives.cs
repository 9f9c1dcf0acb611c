namespace MineralsMatch.Matching;

/// <summary>Stable names of <see cref="MatchObjective"/> values, as written to files, reports and the command line.</summary>
internal static class MatchObjectives
{
    /// <summary>The spelling of objectives both ways; the file format's table (<c>JsonEnums.Objectives</c>) is this one.</summary>
    public static JsonEnum<MatchObjective> Spelling { get; } = new(JsonEnum<MatchObjective>.Kebab);

    /// <summary>The kebab-case name: <c>total-value</c>, <c>coverage-first</c> or <c>stable</c>.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The name.</returns>
    public static string Name(MatchObjective objective) => Spelling.Name(objective);
}
