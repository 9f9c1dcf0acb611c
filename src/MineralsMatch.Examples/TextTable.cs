using System.Text;

namespace MineralsMatch.Examples;

/// <summary>A plain-text table with aligned columns; numeric columns are right-aligned.</summary>
public sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table; a header starting with '>' marks a right-aligned column (the '>' is not shown).</summary>
    /// <param name="headers">The column headers.</param>
    public TextTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _rightAligned = [.. headers.Select(h => h.StartsWith('>'))];
        _headers = [.. headers.Select(h => h.TrimStart('>'))];
    }

    /// <summary>The number of rows added.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds a row; it must have one cell per column.</summary>
    /// <param name="cells">The cells, already formatted.</param>
    /// <returns>This table.</returns>
    public TextTable Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A row needs {_headers.Length} cells, not {cells.Length}."), nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the header, a rule and the rows.</summary>
    /// <param name="output">Where to write.</param>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        output.WriteLine(Line(_headers, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            line.Append(_rightAligned[c] ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
        }

        return line.ToString().TrimEnd();
    }
}
