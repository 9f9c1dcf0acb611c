using System.Collections;

namespace MineralsMatch.Collections;

/// <summary>
/// An immutable list of <see cref="Count"/> elements that are all one default value except at a few indices: a plan's annual
/// volumes and deliveries, where a handful of a million contracts are signed. It equals, and hashes like, a
/// <see cref="ValueList{T}"/> of the same elements.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// A bit per element tells whether it is stored (an element not stored is read without a search); a stored one is found by binary
/// search among the stored indices. A million elements with two thousand stored take 0.15 MB instead of 8.
/// </remarks>
internal sealed class SparseList<T> : IReadOnlyList<T>
{
    private readonly T _default;
    private readonly int[] _indices;
    private readonly T[] _values;
    private readonly ulong[] _stored;

    /// <summary>
    /// The list of <paramref name="count"/> elements, <paramref name="default"/> except at <paramref name="indices"/> (strictly
    /// rising, each below <paramref name="count"/>), where they are <paramref name="values"/>; the arrays are the list's from now on.
    /// </summary>
    public SparseList(int count, T @default, int[] indices, T[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (indices.Length != values.Length)
        {
            throw new ArgumentException($"{indices.Length} indices for {values.Length} values.", nameof(values));
        }

        _stored = new ulong[(count + 63) >> 6];
        for (var k = 0; k < indices.Length; k++)
        {
            var index = indices[k];
            if ((uint)index >= (uint)count || (k > 0 && index <= indices[k - 1]))
            {
                throw new ArgumentException($"Index {index} at position {k} is out of range or not above the one before it.", nameof(indices));
            }

            _stored[index >> 6] |= 1UL << index;
        }

        Count = count;
        _default = @default;
        _indices = indices;
        _values = values;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <summary>The indices whose elements are stored, rising.</summary>
    public ReadOnlySpan<int> StoredIndices => _indices;

    /// <summary>The element at every index not stored.</summary>
    public T Default => _default;

    /// <summary>The stored elements, in the order of <see cref="StoredIndices"/>.</summary>
    public ReadOnlySpan<T> StoredValues => _values;

    /// <inheritdoc />
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return (_stored[index >> 6] & (1UL << index)) == 0 ? _default : _values[Array.BinarySearch(_indices, index)];
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="obj"/> is a sparse or a value list of equal elements in the same order.</summary>
    public override bool Equals(object? obj) => obj switch
    {
        SparseList<T> other => ReferenceEquals(this, other) || SameElements(other),
        ValueList<T> other => SameElements(other),
        _ => false,
    };

    /// <summary>The hash code a <see cref="ValueList{T}"/> of the same elements has.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var index = 0; index < Count; index++)
        {
            hash.Add(this[index]);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", this)}]";

    private bool SameElements(IReadOnlyList<T> other)
    {
        if (other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var index = 0; index < Count; index++)
        {
            if (!comparer.Equals(this[index], other[index]))
            {
                return false;
            }
        }

        return true;
    }
}
