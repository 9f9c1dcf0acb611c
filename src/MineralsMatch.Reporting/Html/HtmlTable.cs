namespace MineralsMatch.Reporting.Html;

/// <summary>Writes an HTML table whose cells are plain text, escaped on the way out.</summary>
internal sealed class HtmlTable
{
    private readonly string _id;
    private readonly string[] _headers;
    private readonly string[] _classes;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table; a header ending in <c>#</c> is a right-aligned numeric column, one ending in <c>¶</c> keeps line breaks.</summary>
    public HtmlTable(string id, params string[] headers)
    {
        _id = id;
        _classes = [.. headers.Select(h => h.EndsWith('#') ? " class=\"num\"" : h.EndsWith('¶') ? " class=\"lines\"" : string.Empty)];
        _headers = [.. headers.Select(h => h.TrimEnd('#', '¶'))];
    }

    /// <summary>The number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row of plain-text cells.</summary>
    public HtmlTable Row(params string[] cells)
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
                writer.Write($"<td{_classes[i]}>{HtmlText.Escape(row[i])}</td>");
            }

            writer.Write("</tr>\n");
        }

        writer.Write("</tbody>\n</table></div>\n");
    }
}
