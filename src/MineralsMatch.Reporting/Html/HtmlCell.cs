namespace MineralsMatch.Reporting.Html;

/// <summary>A table cell: plain text, and optionally a tooltip; both are escaped when written.</summary>
/// <param name="Text">The text shown.</param>
/// <param name="Title">The tooltip, if any.</param>
internal readonly record struct HtmlCell(string Text, string? Title = null)
{
    /// <summary>A cell without a tooltip.</summary>
    public static implicit operator HtmlCell(string text) => new(text);
}
