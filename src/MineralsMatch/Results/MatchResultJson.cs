using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MineralsMatch.Collections;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;

namespace MineralsMatch.Results;

/// <summary>Writes a <see cref="MatchResult"/> as JSON: the machine-readable output of <c>mineralsmatch match --format json</c>.</summary>
/// <remarks>
/// Output is canonical: keys in a fixed order, lists in the result's order, numbers in the invariant culture,
/// no timestamps, so the same result always gives the same bytes. Volumes are numbers in the product's
/// pricing unit, named in <c>unit</c>; prices are USD per that unit.
/// </remarks>
public static partial class MatchResultJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders the result as a JSON string (UTF-8 text, LF line ends, trailing newline).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON.</returns>
    public static string Render(MatchResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result as UTF-8 JSON to a stream.</summary>
    /// <param name="result">The result.</param>
    /// <param name="utf8Json">The stream; left open.</param>
    public static void Write(MatchResult result, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var json = new Utf8JsonWriter(utf8Json, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("market", result.Market);
            json.WriteString("objective", MatchObjectives.Name(result.Objective));
            json.WriteStartArray("proposals");
            foreach (var proposal in result.Proposals)
            {
                WriteProposal(json, proposal);
            }

            json.WriteEndArray();
            json.WriteStartArray("requirements");
            foreach (var requirement in result.Requirements)
            {
                WriteRequirement(json, requirement);
            }

            json.WriteEndArray();
            json.WriteStartArray("offers");
            foreach (var offer in result.Offers)
            {
                WriteOffer(json, offer);
            }

            json.WriteEndArray();
            WriteRoutes(json, result.Routes);
            json.WriteStartArray("parties");
            foreach (var party in result.Parties)
            {
                json.WriteStartObject();
                json.WriteString("id", party.Id);
                json.WriteString("name", party.Name);
                json.WriteString("country", party.Country);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.Stability is { } stability)
            {
                json.WriteStartObject("stability");
                json.WriteNumber("pairsChecked", stability.PairsChecked);
                json.WriteNumber("blockingPairs", stability.BlockingPairs);
                json.WriteNumber("stableValue", Decimals.Normalize(stability.StableValue));
                json.WriteNumber("optimalValue", Decimals.Normalize(stability.OptimalValue));
                json.WriteNumber("priceOfStability", Decimals.Normalize(stability.PriceOfStability));
                json.WriteEndObject();
            }

            WriteKpis(json, result.Kpis);
            WriteSolver(json, result.Solver);
            json.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Decimals.Normalize(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteSolver(Utf8JsonWriter json, SolverStatistics s)
    {
        json.WriteStartObject("solver");
        json.WriteString("solver", s.Solver);
        json.WriteString("status", s.Status);
        json.WriteNumber("candidates", s.Candidates);
        json.WriteNumber("rejected", s.Rejected);
        json.WriteNumber("nodes", s.Nodes);
        json.WriteNumber("arcs", s.Arcs);
        json.WriteNumber("countryNodes", s.CountryNodes);
        json.WriteNumber("pivots", s.Pivots);
        json.WriteString("objective", s.Objective);
        json.WriteString("planner", s.Planner);
        json.WriteString("optimality", s.Optimality == Matching.Planning.PlanOptimality.Optimal ? "optimal" : "approximate");
        json.WriteNumber("gap", Math.Round(s.Gap, 6));
        json.WriteNumber("planObjective", Math.Round(s.PlanObjective, 3));
        json.WriteNumber("bound", Math.Round(s.Bound, 3));
        json.WriteNumber("firstYear", s.FirstYear);
        json.WriteNumber("lastYear", s.LastYear);
        json.WriteEndObject();
    }
}
