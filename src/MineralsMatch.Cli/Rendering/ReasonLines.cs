using MineralsMatch.Matching;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Cli.Rendering;

/// <summary>Reasons as cell text: every reason on its own line, <c>kind: message</c>.</summary>
internal static class ReasonLines
{
    /// <summary>Joins the reasons, one per line; <c>-</c> when there are none.</summary>
    /// <param name="reasons">The reasons.</param>
    /// <returns>The text.</returns>
    public static string Of(IReadOnlyList<Reason> reasons) =>
        reasons.Count == 0 ? "-" : string.Join("\n", reasons.Select(r => $"{FileNames.Of(r.Kind)}: {r.Message}"));
}
