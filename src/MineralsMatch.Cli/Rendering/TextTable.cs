using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MineralsMatch.Cli.Rendering;

/// <summary>
/// A table of plain-text cells, written by Spectre.Console while it is small and by a direct writer above
/// <see cref="SpectreCharacters"/> characters of cell text, whose cost is proportional to the text it writes.
/// </summary>
/// <remarks>
/// Spectre.Console looks up every character's display width several times while it lays out a table, about a microsecond
/// per character: the table output of a 2 000 × 3 000 market took 40 s against JSON's 6–8 s, most of it in the unmet-demand
/// table's reasons (docs/performance.md). A large table is written with the same rounded
/// border, one space of padding and the same alignment, its column widths the longest line of each column, and no wrapping:
/// a table that long is for a file or a pager, not for reading at terminal width.
/// </remarks>
internal sealed class TextTable
{
    /// <summary>Tables with more cell text than this (in characters) are written directly instead of by Spectre.Console.</summary>
    public const int SpectreCharacters = 50_000;

    private readonly List<(string Header, bool Right, bool NoWrap)> _columns = [];
    private readonly List<string[]> _rows = [];
    private long _characters;
    private string? _caption;

    /// <summary>The number of rows.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds a column.</summary>
    /// <param name="header">The header text.</param>
    /// <param name="right">Whether cells are right-aligned.</param>
    /// <param name="noWrap">Whether Spectre.Console may not wrap the column's cells.</param>
    /// <returns>This table.</returns>
    public TextTable Column(string header, bool right = false, bool noWrap = false)
    {
        _columns.Add((header, right, noWrap));
        return this;
    }

    /// <summary>Sets a line written under the table.</summary>
    /// <param name="caption">The caption.</param>
    /// <returns>This table.</returns>
    public TextTable Caption(string caption)
    {
        _caption = caption;
        return this;
    }

    /// <summary>Adds a row, one text per column; a text may hold several lines.</summary>
    /// <param name="cells">The cells.</param>
    public void Row(params string[] cells)
    {
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"A row of {cells.Length} cells in a table of {_columns.Count} columns.", nameof(cells));
        }

        _rows.Add(cells);
        foreach (var cell in cells)
        {
            _characters += cell.Length;
        }
    }

    /// <summary>The table as Spectre.Console lays it out (what small tables are written as).</summary>
    /// <returns>The renderable.</returns>
    public Table ToSpectre()
    {
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var (header, right, noWrap) in _columns)
        {
            var column = new TableColumn(header);
            if (right)
            {
                column.RightAligned();
            }

            if (noWrap)
            {
                column.NoWrap();
            }

            table.AddColumn(column);
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
        }

        if (_caption is not null)
        {
            table.Caption(_caption);
        }

        return table;
    }

    /// <summary>Writes the table: through Spectre.Console up to <see cref="SpectreCharacters"/> characters of cell text, directly to the console's writer above.</summary>
    /// <param name="console">The console.</param>
    public void Write(IAnsiConsole console)
    {
        if (_characters <= SpectreCharacters)
        {
            console.Write(ToSpectre());
        }
        else
        {
            WritePlain(console.Profile.Out.Writer);
        }
    }

    /// <summary>Writes the table directly, in time proportional to its text.</summary>
    /// <param name="writer">Where it goes.</param>
    public void WritePlain(TextWriter writer)
    {
        var widths = _columns.Select(c => c.Header.Length).ToArray();
        var split = new List<string[][]>(_rows.Count);
        foreach (var row in _rows)
        {
            var cells = new string[row.Length][];
            for (var c = 0; c < row.Length; c++)
            {
                cells[c] = row[c].Split('\n');
                foreach (var line in cells[c])
                {
                    widths[c] = Math.Max(widths[c], line.Length);
                }
            }

            split.Add(cells);
        }

        var text = new StringBuilder();
        var newLine = writer.NewLine;
        Rule(text, widths, '╭', '┬', '╮', newLine);
        Line(text, widths, [.. _columns.Select(c => c.Header)], [.. _columns.Select(c => c.Right)], newLine);
        Rule(text, widths, '├', '┼', '┤', newLine);
        var right = _columns.Select(c => c.Right).ToArray();
        foreach (var cells in split)
        {
            var height = cells.Max(c => c.Length);
            for (var l = 0; l < height; l++)
            {
                Line(text, widths, [.. cells.Select(c => l < c.Length ? c[l] : string.Empty)], right, newLine);
            }

            if (text.Length > 1 << 16)
            {
                writer.Write(text);
                text.Clear();
            }
        }

        Rule(text, widths, '╰', '┴', '╯', newLine);
        if (_caption is not null)
        {
            text.Append(_caption).Append(newLine);
        }

        writer.Write(text);
    }

    private static void Rule(StringBuilder text, int[] widths, char left, char middle, char end, string newLine)
    {
        text.Append(left);
        for (var c = 0; c < widths.Length; c++)
        {
            text.Append('─', widths[c] + 2).Append(c + 1 < widths.Length ? middle : end);
        }

        text.Append(newLine);
    }

    private static void Line(StringBuilder text, int[] widths, string[] cells, bool[] right, string newLine)
    {
        text.Append('│');
        for (var c = 0; c < widths.Length; c++)
        {
            var pad = widths[c] - cells[c].Length;
            text.Append(' ');
            if (right[c])
            {
                text.Append(' ', pad).Append(cells[c]);
            }
            else
            {
                text.Append(cells[c]).Append(' ', pad);
            }

            text.Append(" │");
        }

        text.Append(newLine);
    }
}
