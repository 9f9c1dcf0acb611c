using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Comparison;

namespace MineralsMatch.Results;

/// <summary>Writes a <see cref="ScenarioComparison"/> as JSON: the output of <c>mineralsmatch compare --format json</c>.</summary>
/// <remarks>Canonical like <see cref="MatchResultJson"/>: fixed key order, lists in the comparison's (id) order, invariant numbers.</remarks>
public static class ComparisonJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders the comparison (UTF-8 text, LF line ends, trailing newline).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The JSON.</returns>
    public static string Render(ScenarioComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("baseline", comparison.Baseline);
            json.WriteString("variant", comparison.Variant);
            WhatIfJsonWriter.WriteComparisonBody(json, comparison);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
