using System.Collections;

namespace MineralsMatch.Collections;

/// <summary>
/// An immutable list with structural equality, so records that hold collections compare by content.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Domain records expose their collections as <see cref="IReadOnlyList{T}"/>; the setters copy the
/// caller's sequence into a <see cref="ValueList{T}"/>, so nothing mutable escapes and two markets
/// built from equal data are equal.
/// </remarks>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>Copies <paramref name="items"/> into a new list (or returns it when it already is one).</summary>
    /// <param name="items">The elements, in order; <see langword="null"/> gives the empty list.</param>
    /// <returns>An immutable list holding the same elements in the same order.</returns>
    public static ValueList<T> From(IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
                return Empty;
            case ValueList<T> list:
                return list;
            case ICollection<T> collection:
                if (collection.Count == 0)
                {
                    return Empty;
                }

                var copy = new T[collection.Count];
                collection.CopyTo(copy, 0);
                return new ValueList<T>(copy);
            default:
                var array = items.ToArray();
                return array.Length == 0 ? Empty : new ValueList<T>(array);
        }
    }

    /// <summary>Wraps an array the caller gives up (it must not change it afterwards), without copying.</summary>
    /// <param name="owned">The elements.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Own(T[] owned) => owned.Length == 0 ? Empty : new ValueList<T>(owned);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The elements, read-only, for loops that would otherwise go through the interface's enumerator.</summary>
    public ReadOnlySpan<T> Span => _items;

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
