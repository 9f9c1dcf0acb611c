namespace MineralsMatch.Stress;

/// <summary>The text of a shock's selectors: " (producers erg; products gallium)".</summary>
internal static class Selection
{
    public static string Text(params (string Label, IReadOnlyList<string> Items)[] lists)
    {
        var parts = lists.Where(l => l.Items.Count > 0).Select(l => l.Label + " " + string.Join(", ", l.Items)).ToList();
        return parts.Count == 0 ? " (all)" : " (" + string.Join("; ", parts) + ")";
    }
}
