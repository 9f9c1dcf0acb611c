using System.Globalization;
using System.Text;

namespace MineralsMatch;

/// <summary>
/// Control characters (Unicode category Cc: NUL, BEL, ESC, CR, LF, DEL, C1 ...) in input text: found, described and
/// escaped, so that a scenario can neither inject terminal escape sequences into output nor into error messages.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>The index of the first control character, or −1; line feeds and tabs count only when <paramref name="multiline"/> is false.</summary>
    public static int IndexOf(string? text, bool multiline = false)
    {
        if (text is null)
        {
            return -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && !(multiline && text[i] is '\n' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The rule's message for <paramref name="text"/>, naming the first control character and where it is.</summary>
    public static string Describe(string? text, bool multiline = false)
    {
        var at = IndexOf(text, multiline);
        var allowed = multiline ? " other than line feed and tab" : string.Empty;
        return at < 0
            ? $"must not contain control characters{allowed}"
            : string.Create(CultureInfo.InvariantCulture, $"must not contain control characters{allowed} (found U+{(int)text![at]:X4} at character {at + 1})");
    }

    /// <summary>The text with every control character written as <c>\uXXXX</c>, so it is safe to print.</summary>
    public static string Escape(string text)
    {
        if (IndexOf(text) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
