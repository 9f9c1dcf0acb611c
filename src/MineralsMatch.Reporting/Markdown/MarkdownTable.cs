using System.Text;

namespace MineralsMatch.Reporting.Markdown;

/// <summary>Writes a GitHub-flavoured Markdown table whose cells are escaped, so user text cannot break the table or inject HTML.</summary>
internal sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly bool[] _numeric;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table; a header ending in <c>#</c> is right-aligned (a numeric column) and shown without the mark.</summary>
    public MarkdownTable(params string[] headers)
    {
        _numeric = [.. headers.Select(h => h.EndsWith('#'))];
        _headers = [.. headers.Select(h => h.TrimEnd('#'))];
    }

    /// <summary>Adds a row of raw cell texts (escaped when written).</summary>
    public MarkdownTable Row(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the table followed by a blank line.</summary>
    public void WriteTo(TextWriter writer)
    {
        writer.Write("| " + string.Join(" | ", _headers.Select(Escape)) + " |\n");
        writer.Write("|" + string.Concat(_numeric.Select(n => n ? "---:|" : "---|")) + "\n");
        foreach (var row in _rows)
        {
            writer.Write("| " + string.Join(" | ", row.Select(Escape)) + " |\n");
        }

        writer.Write('\n');
    }

    /// <summary>Escapes text for a table cell: Markdown punctuation is backslash-escaped and line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&' or '~' or '#' or '!':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\t':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
