using System.Globalization;
using System.Text.Json;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Validation;

namespace MineralsMatch.Comparison;

/// <summary>Reads the JSON that <c>mineralsmatch match --format json</c> (<see cref="Results.MatchResultJson"/>) writes, for comparing two results.</summary>
/// <remarks>Only the keys a comparison needs are read; others are ignored. A missing key or a value of the wrong kind is an
/// error with <c>file:line:column</c> and the JSON path, thrown as one <see cref="MineralsMatchValidationException"/>.</remarks>
public static class ResultSnapshotJson
{
    /// <summary>Reads a result file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="MineralsMatchValidationException">The file cannot be read or is not a match result.</exception>
    public static ResultSnapshot Load(string path) => Read(DocumentInput.FromFile(path), DocumentInput.DisplayName(path));

    /// <summary>Reads a result from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="fileName">The name errors carry.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="MineralsMatchValidationException">The text is not a match result.</exception>
    public static ResultSnapshot Parse(string json, string fileName = "result.json") => Read(DocumentInput.FromString(json, fileName), fileName);

    private static ResultSnapshot Read(byte[] utf8, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new MineralsMatchValidationException([new InputError
            {
                File = fileName, Line = (ex.LineNumber ?? 0) + 1, Column = (ex.BytePositionInLine ?? 0) + 1, Path = "$", Rule = RuleCodes.Syntax,
                Message = "invalid JSON",
            }]);
        }

        using (document)
        {
            var reader = new Reader();
            var snapshot = reader.Snapshot(document.RootElement);
            DocumentErrors.ThrowIfAny(reader.Errors, utf8, fileName);
            return snapshot!;
        }
    }

    private sealed class Reader
    {
        public List<InputError> Errors { get; } = [];

        public ResultSnapshot? Snapshot(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Errors.Add(Error("$", RuleCodes.Type, "expected an object (a result written by match --format json)"));
                return null;
            }

            var market = Text(root, "$", "market");
            var requirements = Array(root, "$", "requirements", Requirement);
            var proposals = Array(root, "$", "proposals", Proposal);
            var kpis = Member(root, "$", "kpis", JsonValueKind.Object);
            var coverage = kpis is { } k ? Array(k, "$.kpis", "minerals", Coverage) : [];
            var value = kpis is { } v ? Number(v, "$.kpis", "annualValueScore") : 0m;
            var turnover = kpis is { } t ? Number(t, "$.kpis", "annualTurnoverUsd") : 0m;
            var overall = kpis is { } o ? Number(o, "$.kpis", "meanDemandMetShare") : 0m;
            return Errors.Count > 0 ? null : ResultSnapshot.Create(market, proposals, requirements, coverage, value, turnover, overall);
        }

        private ProposalSnapshot Proposal(JsonElement e, string path)
        {
            var unit = Unit(e, path);
            var terms = Member(e, path, "priceTerms", JsonValueKind.Object);
            return new ProposalSnapshot
            {
                Id = Text(e, path, "id"),
                Offer = Text(e, path, "offerId"),
                Requirement = Text(e, path, "requirementId"),
                Supplier = Text(e, path, "supplier"),
                Buyer = Text(e, path, "buyer"),
                Product = Text(e, path, "product"),
                Route = Text(e, path, "routeId"),
                AnnualVolume = Quantity.Of(Number(e, path, "annualVolume"), unit),
                StartYear = Integer(e, path, "startYear"),
                TenorYears = Integer(e, path, "tenorYears"),
                BasePrice = terms is { } t ? Number(t, path + ".priceTerms", "basePrice") : 0m,
                ValuePerUnit = Number(e, path, "valuePerUnit"),
            };
        }

        private RequirementSnapshot Requirement(JsonElement e, string path)
        {
            var unit = Unit(e, path);
            return new RequirementSnapshot
            {
                Requirement = Text(e, path, "requirementId"),
                Buyer = Text(e, path, "buyer"),
                Product = Text(e, path, "product"),
                Mineral = Text(e, path, "mineral"),
                Target = Quantity.Of(Number(e, path, "target"), unit),
                Met = Quantity.Of(Number(e, path, "met"), unit),
                Unmet = Quantity.Of(Number(e, path, "unmet"), unit),
                Reasons = Array(e, path, "reasons", (r, p) => Text(r, p, "kind") + ": " + Text(r, p, "message")),
            };
        }

        private (string Mineral, decimal RequiredKg, decimal MetKg, decimal Coverage) Coverage(JsonElement e, string path) =>
            (Text(e, path, "mineral"), Number(e, path, "demandContainedKg"), Number(e, path, "metContainedKg"), Number(e, path, "demandMetShare"));

        private QuantityUnit Unit(JsonElement e, string path)
        {
            var text = Text(e, path, "unit");
            if (JsonEnum<QuantityUnit>.Default.TryParse(text, out var unit))
            {
                return unit;
            }

            if (text.Length > 0)
            {
                Errors.Add(Error(path + ".unit", RuleCodes.UnknownValue, $"unknown value '{text}' (allowed: {JsonEnum<QuantityUnit>.Default.Allowed})"));
            }

            return QuantityUnit.Kilogram;
        }

        private List<T> Array<T>(JsonElement e, string path, string name, Func<JsonElement, string, T> read)
        {
            if (Member(e, path, name, JsonValueKind.Array) is not { } array)
            {
                return [];
            }

            var items = new List<T>();
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = JsonPaths.Element(path + "." + name, i++);
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Errors.Add(Error(itemPath, RuleCodes.Type, "expected an object"));
                    continue;
                }

                items.Add(read(item, itemPath));
            }

            return items;
        }

        private JsonElement? Member(JsonElement e, string path, string name, JsonValueKind kind)
        {
            if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                Errors.Add(Error(path, RuleCodes.Required, $"missing required key '{name}'"));
                return null;
            }

            if (value.ValueKind != kind)
            {
                Errors.Add(Error(path + "." + name, RuleCodes.Type, "expected " + (kind switch
                {
                    JsonValueKind.Array => "an array",
                    JsonValueKind.Object => "an object",
                    JsonValueKind.Number => "a number",
                    _ => "a string",
                })));
                return null;
            }

            return value;
        }

        private string Text(JsonElement e, string path, string name) => Member(e, path, name, JsonValueKind.String)?.GetString() ?? string.Empty;

        private decimal Number(JsonElement e, string path, string name)
        {
            if (Member(e, path, name, JsonValueKind.Number) is not { } value)
            {
                return 0m;
            }

            if (value.TryGetDecimal(out var number))
            {
                return number;
            }

            Errors.Add(Error(path + "." + name, RuleCodes.Range, "is out of range for a number"));
            return 0m;
        }

        private int Integer(JsonElement e, string path, string name)
        {
            if (Member(e, path, name, JsonValueKind.Number) is not { } value)
            {
                return 0;
            }

            if (value.TryGetInt32(out var number))
            {
                return number;
            }

            Errors.Add(Error(path + "." + name, RuleCodes.Type, "expected a whole number"));
            return 0;
        }

        private static InputError Error(string path, string rule, string message) =>
            new() { Path = path, Rule = rule, Message = message.ToString(CultureInfo.InvariantCulture) };
    }
}
