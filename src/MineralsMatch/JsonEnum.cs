namespace MineralsMatch;

/// <summary>The file names of an enumeration's values (<c>base-metal</c>, <c>FCA</c>, <c>kg</c>), both ways.</summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class JsonEnum<T>
    where T : struct, Enum
{
    /// <summary>The one spelling of <typeparamref name="T"/>, declared by the enumeration itself (see <see cref="EnumSpelling"/>).</summary>
    public static JsonEnum<T> Default { get; } = new(v => EnumSpelling.NameOf(v), EnumSpelling.IsFlags(typeof(T)) ? Enum.GetValues<T>().Where(v => EnumSpelling.IsSingleFlag(v)) : null);

    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<T, string> _names = [];

    public JsonEnum(Func<T, string> name, IEnumerable<T>? values = null)
    {
        foreach (var value in values ?? Enum.GetValues<T>())
        {
            var text = name(value);
            _values.Add(text, value);
            _names.Add(value, text);
        }

        Names = [.. _names.Values];
    }

    /// <summary>The allowed names, in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The allowed names as a message fragment: <c>'kg', 't', 'lb'</c>.</summary>
    public string Allowed => string.Join(", ", Names.Select(n => "'" + n + "'"));

    public bool TryParse(string? name, out T value) => _values.TryGetValue(name ?? string.Empty, out value);

    public string Name(T value) => _names.TryGetValue(value, out var name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");
}
