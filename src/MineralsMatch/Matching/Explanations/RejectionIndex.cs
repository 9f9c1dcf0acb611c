using MineralsMatch.Collections;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Explanations;

/// <summary>
/// A run's rejected pairs grouped by one side (offer or requirement index) and, within a group, in the other side's index order,
/// which is its id's ordinal order (the run's offers and requirements are sorted by id): two counting sorts, no string keys.
/// </summary>
internal sealed class RejectionIndex
{
    private readonly IReadOnlyList<PendingRejection> _rejections;
    private readonly GroupedIndices _groups;

    /// <summary>Groups <paramref name="rejections"/> by <paramref name="group"/> (one of <paramref name="groups"/> values per rejection), each ordered by <paramref name="within"/> (one of <paramref name="withinCount"/>).</summary>
    public RejectionIndex(IReadOnlyList<PendingRejection> rejections, int[] group, int groups, int[] within, int withinCount)
    {
        _rejections = rejections;
        _groups = new GroupedIndices(groups, group, new GroupedIndices(withinCount, within).Items);
    }

    /// <summary>The rejections of group <paramref name="group"/>, in the other side's order.</summary>
    public IEnumerable<PendingRejection> this[int group]
    {
        get
        {
            foreach (var x in _groups[group])
            {
                yield return _rejections[x];
            }
        }
    }
}
