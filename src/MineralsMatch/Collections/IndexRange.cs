using System.Collections;

namespace MineralsMatch.Collections;

/// <summary>The indices 0 … <see cref="Count"/> − 1 as a list, without an array of them.</summary>
/// <param name="count">The number of indices.</param>
internal sealed class IndexRange(int count) : IReadOnlyList<int>
{
    /// <inheritdoc />
    public int Count { get; } = count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count), count, "A range cannot be negative.");

    /// <inheritdoc />
    public int this[int index] =>
        (uint)index < (uint)Count ? index : throw new ArgumentOutOfRangeException(nameof(index), index, $"The range holds {Count} indices.");

    /// <inheritdoc />
    public IEnumerator<int> GetEnumerator()
    {
        for (var k = 0; k < Count; k++)
        {
            yield return k;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
