namespace MineralsMatch.Collections;

/// <summary>One group of a <see cref="KeyGroups"/>: item indices to enumerate, a segment of an array or a run of indices.</summary>
internal readonly struct IndexGroup
{
    private readonly int[]? _items;
    private readonly int _start;

    /// <summary>The items <paramref name="items"/>[start … start + count − 1], or the indices start … start + count − 1 themselves when <paramref name="items"/> is <see langword="null"/>.</summary>
    public IndexGroup(int[]? items, int start, int count)
    {
        _items = items;
        _start = start;
        Count = count;
    }

    /// <summary>The number of items.</summary>
    public int Count { get; }

    /// <summary>Enumerates the items in their order.</summary>
    public Enumerator GetEnumerator() => new(_items, _start, Count);

    /// <summary>Enumerates a group's items without allocating.</summary>
    public struct Enumerator
    {
        private readonly int[]? _items;
        private readonly int _end;
        private int _at;

        internal Enumerator(int[]? items, int start, int count)
        {
            _items = items;
            _at = start - 1;
            _end = start + count;
        }

        /// <summary>The current item.</summary>
        public readonly int Current => _items is null ? _at : _items[_at];

        /// <summary>Moves to the next item.</summary>
        public bool MoveNext() => ++_at < _end;
    }
}
