using System.Runtime.CompilerServices;

namespace MineralsMatch.Collections;

/// <summary>
/// An append-only list kept in blocks of at most 64 KB, read back by index or copied out by <see cref="CopyTo"/>: unlike a list
/// that doubles its array, it leaves no large arrays behind for the collector (a large array waits for a full collection to be
/// freed).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class BlockList<T>
{
    // A power of two, so that an index splits into block and place by a shift and a mask.
    private static readonly int BlockLength = Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(65536 / Unsafe.SizeOf<T>())) >> 1);
    private static readonly int BlockShift = System.Numerics.BitOperations.Log2((uint)BlockLength);
    private readonly List<T[]> _blocks = [];
    private int _inLast = BlockLength;

    /// <summary>The number of elements.</summary>
    public int Count { get; private set; }

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> − 1.</param>
    public ref readonly T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _blocks[index >> BlockShift][index & (BlockLength - 1)];
        }
    }

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Add(in T item)
    {
        if (_inLast == BlockLength)
        {
            _blocks.Add(new T[BlockLength]);
            _inLast = 0;
        }

        _blocks[^1][_inLast++] = item;
        Count++;
    }

    /// <summary>Copies every element, in order, into <paramref name="array"/> from <paramref name="at"/> on.</summary>
    public void CopyTo(T[] array, int at)
    {
        var left = Count;
        foreach (var block in _blocks)
        {
            var length = Math.Min(left, block.Length);
            Array.Copy(block, 0, array, at, length);
            at += length;
            left -= length;
        }
    }
}
