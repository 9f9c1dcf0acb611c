namespace MineralsMatch.Reporting.Html;

/// <summary>Writes an HTML table whose cells are plain text, escaped on the way out.</summary>
internal sealed class HtmlTable
{
    private readonly string _id;
    private readonly string[] _headers;
    private readonly string[] _classes;
    private readonly List<HtmlCell[]> _rows = [];

    /// <summary>
    /// Creates a table. A header's last character may set the column's kind: <c>#</c> a right-aligned number,
    /// <c>¶</c> text whose line breaks show, <c>@</c> ids that never wrap (line breaks show).
    /// </summary>
    public HtmlTable(string id, params string[] headers)
    {
        _id = id;
        _classes = [.. headers.Select(h => h[^1] switch
        {
            '#' => " class=\"num\"",
            '¶' => " class=\"lines\"",
            '@' => " class=\"id\"",
            _ => string.Empty,
        })];
        _headers = [.. headers.Select(h => h.TrimEnd('#', '¶', '@'))];
    }

    /// <summary>The number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row of plain-text cells.</summary>
    public HtmlTable Row(params HtmlCell[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the table inside a horizontally scrollable wrapper.</summary>
    public void WriteTo(TextWriter writer)
    {
        writer.Write($"<div class=\"table-wrap\"><table id=\"{_id}\">\n<thead><tr>");
        for (var i = 0; i < _headers.Length; i++)
        {
            writer.Write($"<th{_classes[i]}>{HtmlText.Escape(_headers[i])}</th>");
        }

        writer.Write("</tr></thead>\n<tbody>\n");
        foreach (var row in _rows)
        {
            writer.Write("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var title = row[i].Title is { } t ? $" title=\"{HtmlText.Escape(t)}\"" : string.Empty;
                writer.Write($"<td{_classes[i]}{title}>{HtmlText.Escape(row[i].Text)}</td>");
            }

            writer.Write("</tr>\n");
        }

        writer.Write("</tbody>\n</table></div>\n");
    }
}
