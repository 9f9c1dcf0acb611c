using System.Text;
using System.Text.Json;

namespace MineralsMatch.Validation;

/// <summary>
/// The position of every value and key in a JSON document, by JSON path: how semantic errors found on the
/// domain model get their <c>file:line:column</c>.
/// </summary>
/// <remarks>Built by one <see cref="Utf8JsonReader"/> pass; a document that stops being well-formed is indexed up to that point.</remarks>
internal sealed class TokenIndex
{
    private const int MaxRaw = 60;

    private readonly Dictionary<string, TokenPosition> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenPosition> _keys = new(StringComparer.Ordinal);
    private readonly List<int> _lineStarts = [0];

    private TokenIndex(ReadOnlySpan<byte> json)
    {
        for (var i = 0; i < json.Length; i++)
        {
            // A line ends at LF, CRLF or a lone CR (old Mac files), so CR-only files report the right lines.
            if (json[i] == (byte)'\n' || (json[i] == (byte)'\r' && (i + 1 == json.Length || json[i + 1] != (byte)'\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }

        try
        {
            Walk(json);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Keep what was indexed before the document stopped being well-formed.
        }
    }

    public static TokenIndex Build(ReadOnlySpan<byte> json) => new(json);

    /// <summary>The position of the value at <paramref name="path"/>.</summary>
    public bool TryValue(string path, out TokenPosition position) => _values.TryGetValue(path, out position);

    /// <summary>The position of the key whose value is at <paramref name="path"/>.</summary>
    public bool TryKey(string path, out TokenPosition position) => _keys.TryGetValue(path, out position);

    /// <summary>The position of the value at <paramref name="path"/>, or of its nearest ancestor that is in the document.</summary>
    public TokenPosition? Nearest(string path)
    {
        for (var current = path; current is not null; current = JsonPaths.Parent(current))
        {
            if (_values.TryGetValue(current, out var position))
            {
                return position;
            }
        }

        return null;
    }

    private void Walk(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        var frames = new Stack<Frame>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var frame = frames.Peek();
                    frame.Key = reader.GetString() ?? string.Empty;
                    _keys.TryAdd(JsonPaths.Property(frame.Path, frame.Key), At(reader.TokenStartIndex, null));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    var path = frames.Count == 0 ? "$" : frames.Peek().Next();
                    var scalar = reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray);
                    _values.TryAdd(path, At(reader.TokenStartIndex, scalar ? Raw(json, ref reader) : null));
                    if (!scalar)
                    {
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    }

                    break;
            }
        }
    }

    private static string Raw(ReadOnlySpan<byte> json, ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        var end = (int)reader.BytesConsumed;
        var text = Encoding.UTF8.GetString(json[start..end]);
        return text.Length <= MaxRaw ? text : text[..MaxRaw] + "…";
    }

    private TokenPosition At(long offset, string? raw)
    {
        var line = _lineStarts.BinarySearch((int)offset);
        line = line >= 0 ? line : ~line - 1;
        return new TokenPosition(line + 1, offset - _lineStarts[line] + 1, raw);
    }

    private sealed class Frame(string path, bool isArray)
    {
        private int _index;

        public string Path { get; } = path;

        public string Key { get; set; } = string.Empty;

        public string Next() => isArray ? JsonPaths.Element(Path, _index++) : JsonPaths.Property(Path, Key);
    }
}
