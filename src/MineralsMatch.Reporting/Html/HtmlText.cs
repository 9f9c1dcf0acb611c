using System.Text;

namespace MineralsMatch.Reporting.Html;

/// <summary>Escapes text for HTML and inline SVG, in element content and in quoted attribute values alike.</summary>
/// <remarks>
/// Not <c>WebUtility.HtmlEncode</c> or <c>HtmlEncoder</c>: both also encode non-ASCII text (Latin-1 letters, astral characters,
/// or everything outside Basic Latin), which would change the bytes of every report that names <c>Öskemen</c>.
/// </remarks>
internal static class HtmlText
{
    /// <summary>Replaces <c>&amp; &lt; &gt; " '</c> with character references; everything else, Unicode included, stays as it is.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    /// <summary>Shortens text to at most <paramref name="max"/> characters, ending in an ellipsis when cut.</summary>
    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
}
