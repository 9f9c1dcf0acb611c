namespace MineralsMatch.Collections;

/// <summary>
/// Item indices grouped by a small integer key with a stable counting sort: each group's items are one contiguous segment of
/// <see cref="Items"/>, in the order they were given. Two passes and two arrays, however many items and groups.
/// </summary>
internal sealed class GroupedIndices
{
    private readonly int[] _start;

    /// <summary>Groups the items of <paramref name="order"/> (all of 0 … <paramref name="keyOf"/>.Length − 1 when <see langword="null"/>) by <paramref name="keyOf"/>.</summary>
    /// <param name="groups">The number of keys; each item's key is in 0 … <paramref name="groups"/> − 1.</param>
    /// <param name="keyOf">Per item index, its key (only the items in <paramref name="order"/> are read).</param>
    /// <param name="order">The items to group, in the order each group keeps.</param>
    public GroupedIndices(int groups, int[] keyOf, int[]? order = null)
    {
        _start = new int[groups + 1];
        var count = order?.Length ?? keyOf.Length;

        // Without an order every item is taken in index order: no array of 0 … n − 1 is made for it.
        for (var k = 0; k < count; k++)
        {
            _start[keyOf[order is null ? k : order[k]] + 1]++;
        }

        for (var g = 0; g < groups; g++)
        {
            _start[g + 1] += _start[g];
        }

        Items = new int[count];
        var next = _start[..^1];
        for (var k = 0; k < count; k++)
        {
            var item = order is null ? k : order[k];
            Items[next[keyOf[item]]++] = item;
        }
    }

    /// <summary>Every item, group after group.</summary>
    public int[] Items { get; }

    /// <summary>The items of <paramref name="group"/>, in their given order (empty for a key outside the groups).</summary>
    public ArraySegment<int> this[int group] =>
        group >= 0 && group + 1 < _start.Length ? new ArraySegment<int>(Items, _start[group], _start[group + 1] - _start[group]) : ArraySegment<int>.Empty;
}
