namespace MineralsMatch.Collections;

/// <summary>
/// The items 0 … n − 1 grouped by a small integer key with a stable counting sort, each group in item order. When every key's
/// items already lie in one run (a network's links by demand, as the engine builds them) no array of items is made: a group is
/// a run of indices.
/// </summary>
internal sealed class KeyGroups
{
    // Per group, where its items start: in the items array, or (without one) among the indices themselves.
    private readonly int[] _start;
    private readonly int[] _count;
    private readonly int[]? _items;

    /// <summary>Groups the items 0 … <paramref name="count"/> − 1 by <paramref name="keyOf"/>, each key in 0 … <paramref name="groups"/> − 1.</summary>
    public KeyGroups(int groups, int count, Func<int, int> keyOf)
    {
        _start = new int[groups];
        _count = new int[groups];
        var inRuns = true;
        var previous = -1;
        for (var k = 0; k < count; k++)
        {
            var key = keyOf(k);
            if (key != previous)
            {
                // A run of a key seen before: its items are not one run.
                inRuns &= _count[key] == 0;
                _start[key] = k;
                previous = key;
            }

            _count[key]++;
        }

        if (inRuns)
        {
            return;
        }

        for (int g = 0, at = 0; g < groups; g++)
        {
            _start[g] = at;
            at += _count[g];
        }

        _items = new int[count];
        var next = (int[])_start.Clone();
        for (var k = 0; k < count; k++)
        {
            _items[next[keyOf(k)]++] = k;
        }
    }

    /// <summary>The items of <paramref name="group"/>, in item order (empty for a key outside the groups).</summary>
    public IndexGroup this[int group] =>
        group >= 0 && group < _start.Length ? new IndexGroup(_items, _start[group], _count[group]) : default;
}
