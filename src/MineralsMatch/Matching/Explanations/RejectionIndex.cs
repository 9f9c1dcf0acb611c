using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Explanations;

/// <summary>
/// A run's rejected pairs grouped by one side (offer or requirement index) and, within a group, in the other side's index order,
/// which is its id's ordinal order (the run's offers and requirements are sorted by id): two counting sorts, no string keys.
/// </summary>
internal sealed class RejectionIndex
{
    private readonly IReadOnlyList<PendingRejection> _rejections;
    private readonly int[] _start;
    private readonly int[] _order;

    /// <summary>Groups <paramref name="rejections"/> by <paramref name="group"/> (one of <paramref name="groups"/> values per rejection), each ordered by <paramref name="within"/> (one of <paramref name="withinCount"/>).</summary>
    public RejectionIndex(IReadOnlyList<PendingRejection> rejections, int[] group, int groups, int[] within, int withinCount)
    {
        _rejections = rejections;
        var byWithin = CountingOrder(Enumerable.Range(0, rejections.Count).ToArray(), within, withinCount, out _);
        _order = CountingOrder(byWithin, group, groups, out _start);
    }

    /// <summary>The rejections of group <paramref name="group"/>, in the other side's order.</summary>
    public IEnumerable<PendingRejection> this[int group]
    {
        get
        {
            for (var x = _start[group]; x < _start[group + 1]; x++)
            {
                yield return _rejections[_order[x]];
            }
        }
    }

    // A stable counting sort of `items` by key[item]: the items in key order, equal keys in their given order.
    private static int[] CountingOrder(int[] items, int[] key, int keys, out int[] start)
    {
        start = new int[keys + 1];
        foreach (var item in items)
        {
            start[key[item] + 1]++;
        }

        for (var k = 0; k < keys; k++)
        {
            start[k + 1] += start[k];
        }

        var next = start[..^1];
        var sorted = new int[items.Length];
        foreach (var item in items)
        {
            sorted[next[key[item]]++] = item;
        }

        return sorted;
    }
}
