namespace MineralsMatch.Matching;

/// <summary>Stable kebab-case names of <see cref="ReasonKind"/> values, as written to JSON, CSV and reports.</summary>
internal static class ReasonKinds
{
    /// <summary>The kebab-case name, e.g. <c>capacity-taken</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Name(ReasonKind kind) => JsonEnum<ReasonKind>.Default.Name(kind);
}
