using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Minerals;

namespace MineralsMatch.Backtesting;

/// <summary>Writes a <see cref="BacktestResult"/> as JSON: the machine-readable output of <c>mineralsmatch backtest --format json</c>.</summary>
/// <remarks>
/// Canonical like the match JSON: keys in a fixed order, deals in the market's order, invariant numbers, no timestamps.
/// <c>deals[]</c> holds per deal its reference figures, <c>verdict</c> (<c>recovered</c>, <c>partly</c>, <c>missed</c>),
/// the proposals compared and <c>reason</c>; <c>summary</c> counts the verdicts.
/// </remarks>
public static class BacktestResultJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders the backtest as a JSON string (LF line ends, trailing newline).</summary>
    /// <param name="result">The backtest.</param>
    /// <returns>The JSON.</returns>
    public static string Render(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("market", result.Market);
            json.WriteStartObject("summary");
            json.WriteNumber("deals", result.Deals.Count);
            foreach (var verdict in Enum.GetValues<DealVerdict>())
            {
                json.WriteNumber(DealVerdicts.Name(verdict), result.Count(verdict));
            }

            json.WriteEndObject();
            json.WriteStartArray("deals");
            foreach (var deal in result.Deals)
            {
                WriteDeal(json, deal);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDeal(Utf8JsonWriter json, BacktestDeal deal)
    {
        var reference = deal.Deal;
        json.WriteStartObject();
        json.WriteString("id", reference.Id);
        json.WriteString("supplier", reference.Supplier);
        json.WriteString("buyer", reference.Buyer);
        json.WriteString("product", reference.Product);
        json.WriteString("unit", reference.AnnualVolume.Unit.Symbol());
        json.WriteNumber("referenceAnnualVolume", reference.AnnualVolume.Amount);
        json.WriteNumber("referenceStartYear", reference.StartYear);
        if (reference.TenorYears is { } tenor)
        {
            json.WriteNumber("referenceTenorYears", tenor);
        }
        else
        {
            json.WriteNull("referenceTenorYears");
        }

        json.WriteString("source", reference.Source);
        json.WriteString("verdict", DealVerdicts.Name(deal.Verdict));
        json.WriteStartArray("proposals");
        foreach (var id in deal.Proposals)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        if (deal.ProposedVolume is { } volume)
        {
            json.WriteNumber("proposedAnnualVolume", volume.ConvertTo(reference.AnnualVolume.Unit).Amount);
        }
        else
        {
            json.WriteNull("proposedAnnualVolume");
        }

        if (deal.ProposedStartYear is { } start)
        {
            json.WriteNumber("proposedStartYear", start);
        }
        else
        {
            json.WriteNull("proposedStartYear");
        }

        json.WriteString("reason", deal.Reason);
        json.WriteEndObject();
    }
}
