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
    private readonly int _count;

    private ValueList(T[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([], 0);

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
                return new ValueList<T>(copy, copy.Length);
            default:
                var array = items.ToArray();
                return array.Length == 0 ? Empty : new ValueList<T>(array, array.Length);
        }
    }

    /// <summary>Wraps an array the caller gives up (it must not change it afterwards), without copying.</summary>
    /// <param name="owned">The elements.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Own(T[] owned) => owned.Length == 0 ? Empty : new ValueList<T>(owned, owned.Length);

    /// <summary>
    /// Wraps the first <paramref name="count"/> elements of an array the caller gives up (it must not change them afterwards),
    /// without copying: the list of a longer array's used part.
    /// </summary>
    /// <param name="owned">The elements, and maybe room after them.</param>
    /// <param name="count">How many of them the list holds.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Own(T[] owned, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, owned.Length);
        return count == 0 ? Empty : new ValueList<T>(owned, count);
    }

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The elements, read-only, for loops that would otherwise go through the interface's enumerator.</summary>
    public ReadOnlySpan<T> Span => new(_items, 0, _count);

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var index = 0; index < _count; index++)
        {
            yield return _items[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || Span.SequenceEqual(other.Span, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj switch
    {
        ValueList<T> other => Equals(other),
        SparseList<T> sparse => sparse.Equals(this),
        _ => false,
    };

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Span)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", this)}]";
}
