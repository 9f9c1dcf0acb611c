using System.Collections;

namespace MineralsMatch.Collections;

/// <summary>
/// Several <see cref="BlockList{T}"/>s read as one list, one after the other, without copying them into one array (a large array
/// that would live as long as the lists themselves).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class JoinedBlocks<T> : IReadOnlyList<T>
{
    private readonly BlockList<T>[] _lists;

    // Where each list starts in the joined order, and after the last one, the count.
    private readonly int[] _starts;

    /// <summary>Joins <paramref name="lists"/> in order; they must not grow afterwards.</summary>
    public JoinedBlocks(BlockList<T>[] lists)
    {
        _lists = lists;
        _starts = new int[lists.Length + 1];
        for (var l = 0; l < lists.Length; l++)
        {
            _starts[l + 1] = checked(_starts[l] + lists[l].Count);
        }
    }

    /// <inheritdoc />
    public int Count => _starts[^1];

    /// <inheritdoc />
    public T this[int index] => Locate(index).Item;

    /// <summary>The element at <paramref name="index"/> and which of the joined lists holds it.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> − 1.</param>
    public (int List, T Item) Locate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        // The last list that starts at or before the index (an empty list starts where the next one does).
        var l = Array.BinarySearch(_starts, 0, _lists.Length, index);
        if (l < 0)
        {
            l = ~l - 1;
        }
        else
        {
            while (_lists[l].Count == 0)
            {
                l++;
            }
        }

        return (l, _lists[l][index - _starts[l]]);
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var l = 0; l < _lists.Length; l++)
        {
            for (var x = 0; x < _lists[l].Count; x++)
            {
                yield return _lists[l][x];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
