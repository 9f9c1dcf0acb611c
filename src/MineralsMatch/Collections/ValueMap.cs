using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MineralsMatch.Collections;

/// <summary>
/// An immutable string-keyed map, ordered by key (ordinal), with structural equality.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
/// <remarks>Enumeration is always in ordinal key order, so output that lists a map is deterministic.</remarks>
internal sealed class ValueMap<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<ValueMap<TValue>>
{
    private readonly KeyValuePair<string, TValue>[] _entries;

    private ValueMap(KeyValuePair<string, TValue>[] entries) => _entries = entries;

    /// <summary>The empty map.</summary>
    public static ValueMap<TValue> Empty { get; } = new([]);

    /// <summary>Copies <paramref name="entries"/> into a new map ordered by key.</summary>
    /// <param name="entries">The entries; <see langword="null"/> gives the empty map.</param>
    /// <returns>An immutable map.</returns>
    /// <exception cref="ArgumentException">A key appears twice.</exception>
    public static ValueMap<TValue> From(IEnumerable<KeyValuePair<string, TValue>>? entries)
    {
        if (entries is null)
        {
            return Empty;
        }

        if (entries is ValueMap<TValue> map)
        {
            return map;
        }

        var sorted = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.Equals(sorted[i - 1].Key, sorted[i].Key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Duplicate key '{sorted[i].Key}'.", nameof(entries));
            }
        }

        return sorted.Length == 0 ? Empty : new ValueMap<TValue>(sorted);
    }

    /// <inheritdoc />
    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry '{key}'.");

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<TValue> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueMap<TValue>? other)
    {
        if (other is null || other._entries.Length != _entries.Length)
        {
            return false;
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            if (!string.Equals(_entries[i].Key, other._entries[i].Key, StringComparison.Ordinal)
                || !EqualityComparer<TValue>.Default.Equals(_entries[i].Value, other._entries[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueMap<TValue> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in _entries)
        {
            hash.Add(entry.Key, StringComparer.Ordinal);
            hash.Add(entry.Value);
        }

        return hash.ToHashCode();
    }

    private int IndexOf(string key)
    {
        int lo = 0, hi = _entries.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var cmp = string.CompareOrdinal(_entries[mid].Key, key);
            if (cmp == 0)
            {
                return mid;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
