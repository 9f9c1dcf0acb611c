using System.Collections;
using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A run's rejected pairs read as one list over the chunks' blocks of <see cref="RejectionRecord"/>s (no array of them all),
/// each read back as a <see cref="PendingRejection"/> with the run's source and any reason its chunk wrote up front.
/// </summary>
internal sealed class RejectionList : IReadOnlyList<PendingRejection>
{
    private readonly RejectionSource _source;
    private readonly JoinedBlocks<RejectionRecord> _records;
    private readonly IReadOnlyList<object>[] _written;

    /// <summary>The records of <paramref name="lists"/> in order; list <c>l</c>'s reasons written up front are <paramref name="written"/>[l].</summary>
    public RejectionList(RejectionSource source, BlockList<RejectionRecord>[] lists, IReadOnlyList<object>[] written)
    {
        if (written.Length != lists.Length)
        {
            throw new ArgumentException($"{lists.Length} lists need as many lists of written reasons, not {written.Length}.", nameof(written));
        }

        _source = source;
        _records = new JoinedBlocks<RejectionRecord>(lists);
        _written = written;
    }

    /// <inheritdoc />
    public int Count => _records.Count;

    /// <inheritdoc />
    public PendingRejection this[int index]
    {
        get
        {
            var (list, record) = _records.Locate(index);
            return new PendingRejection(_source, record, record.Written is var w and >= 0 ? _written[list][w] : null);
        }
    }

    /// <inheritdoc />
    public IEnumerator<PendingRejection> GetEnumerator()
    {
        for (var x = 0; x < Count; x++)
        {
            yield return this[x];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
