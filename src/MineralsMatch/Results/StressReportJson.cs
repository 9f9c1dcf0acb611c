using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Collections;
using MineralsMatch.Stress;

namespace MineralsMatch.Results;

/// <summary>Writes a <see cref="StressReport"/> as JSON: the output of <c>mineralsmatch stress --format json</c>.</summary>
/// <remarks>
/// <c>baseline</c> holds the unshocked plan's totals; <c>shocks[]</c> one object per stress test (ordered by name) with
/// <c>name</c>, its shocks described, <c>proposalsAdded[]</c>, <c>proposalsRemoved[]</c>, <c>proposalsChanged[]</c>,
/// <c>requirements[]</c>, <c>minerals[]</c> (coverage before and after), <c>moneyChange</c> and <c>valueChange</c>; with
/// samples, <c>risk</c> with <c>seed</c>, <c>samples</c>, <c>requirements[]</c> (<c>shortfallProbability</c>,
/// <c>expectedUnmet</c>) and <c>minerals[]</c> (<c>p5</c>, <c>p50</c>, <c>p95</c>). Canonical: the same report gives the same bytes.
/// </remarks>
public static class StressReportJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders the report (UTF-8 text, LF line ends, trailing newline).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON.</returns>
    public static string Render(StressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("market", report.Baseline.Market);
            json.WriteStartObject("baseline");
            json.WriteNumber("proposals", report.Baseline.Kpis.Proposals);
            json.WriteNumber("annualValueScore", Decimals.Normalize(report.Baseline.Kpis.AnnualValueScore));
            json.WriteNumber("annualTurnoverUsd", Decimals.Normalize(report.Baseline.Kpis.AnnualTurnoverUsd));
            json.WriteNumber("meanDemandMetShare", Decimals.Normalize(report.Baseline.Kpis.MeanDemandMetShare));
            json.WriteEndObject();
            json.WriteStartArray("shocks");
            foreach (var outcome in report.Outcomes)
            {
                var set = outcome.Set;
                json.WriteStartObject();
                json.WriteString("name", set.Name);
                if (set.Description is { } description)
                {
                    json.WriteString("description", description);
                }

                if (set.Probability is { } probability)
                {
                    json.WriteNumber("probability", Decimals.Normalize(probability));
                }

                if (set.Source is { } source)
                {
                    json.WriteString("source", source);
                }

                json.WriteBoolean("estimate", set.Estimate);
                json.WriteStartArray("applies");
                foreach (var shock in set.Shocks)
                {
                    json.WriteStringValue(shock.Describe());
                }

                json.WriteEndArray();
                json.WriteNumber("proposals", outcome.Result.Kpis.Proposals);
                WhatIfJsonWriter.WriteComparisonBody(json, outcome.Comparison);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (report.Risk is { } risk)
            {
                WhatIfJsonWriter.WriteRisk(json, risk);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
