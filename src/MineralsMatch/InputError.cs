using System.Globalization;
using System.Text;

namespace MineralsMatch;

/// <summary>One thing wrong with the input: where (file, line, column, JSON path), which rule, and the value given.</summary>
/// <remarks>
/// <see cref="ToString"/> gives the one-line form used everywhere, e.g.
/// <c>market.json:41:17 $.offers[3].annualVolume.amount: must be greater than 0 (was -5)</c>.
/// Lines and columns are 1-based; the column counts UTF-8 bytes.
/// </remarks>
public sealed record InputError
{
    /// <summary>The JSON path of the offending value, e.g. <c>$.offers[3].annualVolume.amount</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The rule that failed, as a stable code (e.g. <c>GreaterThan</c>, <c>UnknownReference</c>, <c>UnknownKey</c>).</summary>
    public required string Rule { get; init; }

    /// <summary>What is wrong, in words (e.g. <c>must be greater than 0</c>).</summary>
    public required string Message { get; init; }

    /// <summary>The value given, as text, or <see langword="null"/> when there was none.</summary>
    public string? AttemptedValue { get; init; }

    /// <summary>The file the value came from, when it came from a file.</summary>
    public string? File { get; init; }

    /// <summary>The 1-based line in <see cref="File"/>, when known.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based column (UTF-8 bytes) in <see cref="File"/>, when known.</summary>
    public long? Column { get; init; }

    /// <summary>Formats as <c>file:line:column path: message (was value)</c>, leaving out what is unknown; control characters are escaped as <c>\uXXXX</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
            if (Line is { } line)
            {
                text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
                if (Column is { } column)
                {
                    text.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
                }
            }

            text.Append(' ');
        }

        text.Append(Path).Append(": ").Append(Message);
        if (AttemptedValue is not null)
        {
            text.Append(" (was ").Append(AttemptedValue).Append(')');
        }

        return ControlCharacters.Escape(text.ToString());
    }
}
