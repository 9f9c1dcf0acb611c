using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using MineralsMatch.Scenarios.Documents;
using MineralsMatch.Validation;

namespace MineralsMatch.Scenarios;

/// <summary>Rewrites System.Text.Json's messages into the library's vocabulary: unknown key, missing key, expected a number.</summary>
internal static partial class JsonErrorTranslation
{
    public static InputError Translate(JsonException exception, JsonTypeInfo root, TokenIndex index, string fileName)
    {
        var path = exception.Path ?? "$";
        var message = exception.Message;
        var fallback = new TokenPosition((exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1, null);
        var hasFallback = exception.LineNumber is not null;
        var value = index.TryValue(path, out var position) ? position : (TokenPosition?)null;

        InputError error;
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            error = Error(path, RuleCodes.Limit, $"is nested deeper than {DocumentJsonContext.MaxDepth} levels", null);
            value = null;
        }
        else if (exception.InnerException?.GetType().Name == "JsonReaderException")
        {
            error = Error(path, RuleCodes.Syntax, "invalid JSON: " + BeforeLocation(exception.InnerException.Message), null);
            value = null;
        }
        else if (InvalidText(exception) is { } invalid)
        {
            error = Error(path, RuleCodes.Syntax, invalid, null);
        }
        else if (UnmappedKey().Match(message) is { Success: true } unmapped)
        {
            var allowed = KeysOf(TypeAt(root, JsonPaths.Parent(path) ?? "$"));
            error = Error(path, RuleCodes.UnknownKey, $"unknown key '{unmapped.Groups[1].Value}' (allowed: {allowed})", null);
            value = index.TryKey(path, out var key) ? key : value;
        }
        else if (message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            error = Error(path, RuleCodes.DuplicateKey, $"duplicate key '{LastKey(path)}'", null);
            value = null;
        }
        else if (MissingKeys().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            error = Error(path, RuleCodes.Required, names.Length == 1 ? $"missing required key {names[0]}" : $"missing required keys {string.Join(", ", names)}", null);
        }
        else if (message.Contains("doesn't allow null values", StringComparison.Ordinal) || (value?.Raw == "null"))
        {
            error = Error(path, RuleCodes.Required, "must not be null", null);
        }
        else
        {
            error = TypeMismatch(exception, path, TypeAt(root, path), value?.Raw);
        }

        var at = value ?? (hasFallback ? fallback : index.Nearest(path));
        return error with { File = fileName, Line = at?.Line, Column = at?.Column };
    }

    // Text that cannot become a .NET string: bytes that are not UTF-8, or a \uD800–\uDFFF escape without its pair.
    private static string? InvalidText(JsonException exception)
    {
        for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Text.DecoderFallbackException || inner.Message.Contains("UTF-8", StringComparison.Ordinal))
            {
                return "is not valid text: the string holds bytes that are not UTF-8";
            }

            if (inner.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase) || inner.Message.Contains("UTF-16", StringComparison.Ordinal))
            {
                return "is not valid text: the string holds a lone surrogate escape (\\uD800–\\uDFFF without its pair)";
            }
        }

        return null;
    }

    private static InputError TypeMismatch(JsonException exception, string path, JsonTypeInfo? expected, string? raw)
    {
        var kind = Kind(expected);
        var isNumber = raw is { Length: > 0 } && (char.IsAsciiDigit(raw[0]) || raw[0] == '-');
        if (isNumber && exception.InnerException is FormatException && kind is "a number" or "an integer")
        {
            var fractional = raw!.Contains('.', StringComparison.Ordinal);
            return kind == "an integer" && fractional
                ? Error(path, RuleCodes.Type, "expected an integer", raw)
                : Error(path, RuleCodes.Range, $"is out of range for {kind}", raw);
        }

        return Error(path, RuleCodes.Type, $"expected {kind}", raw);
    }

    private static JsonTypeInfo? TypeAt(JsonTypeInfo root, string path)
    {
        var current = root;
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (current is null)
            {
                return null;
            }

            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Success ? segment.Groups["quoted"].Value : null;
            current = (name, current.Kind) switch
            {
                (null, JsonTypeInfoKind.Enumerable) => Info(current.ElementType),
                (not null, JsonTypeInfoKind.Dictionary) => Info(current.ElementType),
                (not null, JsonTypeInfoKind.Object) => Info(current.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType),
                _ => null,
            };
        }

        return current;
    }

    private static JsonTypeInfo? Info(Type? type) =>
        type is null ? null : DocumentJsonContext.Default.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);

    private static string Kind(JsonTypeInfo? info) => info switch
    {
        null => "another kind of value",
        { Kind: JsonTypeInfoKind.Enumerable } => "an array",
        { Kind: JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary } => "an object",
        _ when info.Type == typeof(decimal) => "a number",
        _ when info.Type == typeof(int) => "an integer",
        _ when info.Type == typeof(bool) => "true or false",
        _ when info.Type == typeof(string) => "a string",
        _ => "another kind of value",
    };

    private static string KeysOf(JsonTypeInfo? info) =>
        info is { Kind: JsonTypeInfoKind.Object } ? string.Join(", ", info.Properties.Select(p => p.Name)) : "none";

    private static string LastKey(string path)
    {
        var parent = JsonPaths.Parent(path) ?? "$";
        return path[parent.Length..].TrimStart('.').Trim('[', ']', '\'');
    }

    private static string BeforeLocation(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" Path:", StringComparison.Ordinal) : cut;
        var text = (cut < 0 ? message : message[..cut]).Trim();
        if (text.StartsWith("'/'", StringComparison.Ordinal))
        {
            return "comments are not allowed";
        }

        return text.Replace(" which is not supported in this mode. Change the reader options.", " (not allowed)", StringComparison.Ordinal);
    }

    private static InputError Error(string path, string rule, string message, string? attempted) =>
        new() { Path = path, Rule = rule, Message = message, AttemptedValue = attempted };

    [GeneratedRegex("^The JSON property '(.*)' could not be mapped", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UnmappedKey();

    [GeneratedRegex("missing required properties including: (.*?)\\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex MissingKeys();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|\\')*)'\]|\[(?<index>[0-9]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex PathSegment();
}
