using MineralsMatch.Matching;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Cli.Commands;

/// <summary>
/// The objective names <c>--objective</c> accepts: those of scenario files and JSON (<c>total-value</c>, <c>coverage-first</c>,
/// <c>stable</c>), and the old command-line spellings (<c>value</c>, <c>coverage</c>) as aliases.
/// </summary>
internal static class ObjectiveNames
{
    /// <summary>The names, as files and JSON spell them, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<MatchObjective>().Select(FileNames.Of<MatchObjective>)];

    /// <summary>The old spellings and the names they stand for.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["value"] = FileNames.Of(MatchObjective.TotalValue),
        ["coverage"] = FileNames.Of(MatchObjective.CoverageFirst),
    };

    /// <summary>The name an accepted spelling stands for (itself unless it is an alias).</summary>
    public static string Canonical(string spelling) => Aliases.TryGetValue(spelling, out var name) ? name : spelling;

    /// <summary>The objective of a name.</summary>
    /// <exception cref="ArgumentException">Not a name (the option accepts only names and aliases).</exception>
    public static MatchObjective Parse(string name) =>
        Enum.GetValues<MatchObjective>().Single(o => FileNames.Of(o) == name);
}
