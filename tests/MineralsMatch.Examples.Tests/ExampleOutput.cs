using System.Text.RegularExpressions;

namespace MineralsMatch.Examples.Tests;

/// <summary>What an example wrote, with ways to find its lines and table rows.</summary>
internal sealed partial class ExampleOutput
{
    private ExampleOutput(int exitCode, string text)
    {
        ExitCode = exitCode;
        Text = text;
        Lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    public int ExitCode { get; }

    public string Text { get; }

    public IReadOnlyList<string> Lines { get; }

    public static ExampleOutput Of(IExample example)
    {
        using var writer = new StringWriter();
        var code = example.Run(writer);
        return new ExampleOutput(code, writer.ToString());
    }

    /// <summary>The cells of every table row (columns are separated by two or more spaces) whose first cell is <paramref name="first"/>.</summary>
    public IReadOnlyList<string[]> Rows(string first) =>
        Lines.Select(Cells).Where(c => c.Length > 1 && c[0] == first).ToArray();

    /// <summary>The single table row whose first cell is <paramref name="first"/>.</summary>
    public string[] Row(string first)
    {
        var rows = Rows(first);
        Assert.That(rows, Has.Count.EqualTo(1), $"one row starting with '{first}' in:\n{Text}");
        return rows[0];
    }

    /// <summary>The rows of the table whose header line starts with <paramref name="header"/>, up to the first blank line.</summary>
    public IReadOnlyList<string[]> Table(string header)
    {
        var start = Lines.ToList().FindIndex(l => l.StartsWith(header, StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"a table headed '{header}' in:\n{Text}");
        return Lines.Skip(start + 2).TakeWhile(l => !l.StartsWith('(') && l.Length > 0).Select(Cells).ToArray();
    }

    /// <summary>Parses an invariant number such as <c>25,791,128 USD</c>, <c>4,095 t</c> or <c>78.8 %</c>.</summary>
    public static decimal Number(string cell)
    {
        var match = NumberPattern().Match(cell);
        Assert.That(match.Success, Is.True, $"a number in '{cell}'");
        return decimal.Parse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string[] Cells(string line) => ColumnGap().Split(line.Trim());

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"-?[0-9][0-9,]*(\.[0-9]+)?")]
    private static partial Regex NumberPattern();
}
