using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>
/// Where the caller's arcs lie in the working arrays. They are the only copy of the problem: <see cref="AddArc"/> writes arc
/// a to slot a, and the simplex spreads them in place by a stride when it solves (arc a to slot <c>_arcPosition[a]</c>),
/// so no second copy of the arcs is built beside the one the caller filled.
/// </content>
public sealed partial class NetworkSimplex
{
    // The stride the arcs are spread by (1: slot a holds arc a); the layout always describes the current _arcCount arcs.
    private int _arcStride = 1;

    /// <summary>Grows the arc slots to <paramref name="size"/>, keeping the arcs; the flows and states need not survive.</summary>
    private void ResizeArcSlots(int size)
    {
        Array.Resize(ref _source, size);
        Array.Resize(ref _target, size);
        Array.Resize(ref _cost, size);
        Array.Resize(ref _capacity, size);
        Array.Resize(ref _arcPosition, size);
        _flow = GC.AllocateUninitializedArray<long>(size);
        _state = GC.AllocateUninitializedArray<sbyte>(size);
    }

    /// <summary>
    /// Lays the arcs out for pricing, with zero flow at their lower bounds: arc a goes to slot p, where p walks 0, s, 2s, …,
    /// then 1, 1 + s, … (s = <paramref name="stride"/>) so that consecutive arcs of one supplier land far apart and a pricing
    /// block sees many suppliers. Moves nothing when the arcs already lie so (a re-solve).
    /// </summary>
    private void SpreadArcs(int stride)
    {
        int m = _arcCount;
        if (stride != _arcStride)
        {
            RestoreCallerOrder();
            int[] position = _arcPosition;
            int p = 0;
            int start = 0;
            for (int a = 0; a < m; a++)
            {
                position[a] = p;
                p += stride;
                if (p >= m)
                {
                    p = ++start;
                }
            }

            MoveArcsToPositions(m);
            _arcStride = stride;
        }

        _flow.AsSpan(0, m).Clear();
        _state.AsSpan(0, m).Fill(StateLower);
    }

    /// <summary>
    /// Moves arc a (in slot a) to slot <c>_arcPosition[a]</c>, one array at a time through the flows' slots as scratch (they
    /// are cleared next): a sequential copy, then independent writes, which the memory system overlaps. (Following the
    /// permutation's cycles in place needs no scratch but chains every access on the one before it: 30–50 % slower fresh solves
    /// at 10⁶ arcs.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MoveArcsToPositions(int m)
    {
        Span<long> scratch = _flow.AsSpan(0, m);
        ReadOnlySpan<int> position = _arcPosition.AsSpan(0, m);
        Scatter(_source.AsSpan(0, m), position, scratch);
        Scatter(_target.AsSpan(0, m), position, scratch);
        Scatter(_cost.AsSpan(0, m), position, scratch);
        Scatter(_capacity.AsSpan(0, m), position, scratch);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(Span<int> values, ReadOnlySpan<int> position, Span<long> scratch)
    {
        for (int a = 0; a < values.Length; a++)
        {
            scratch[a] = values[a];
        }

        for (int a = 0; a < values.Length; a++)
        {
            values[position[a]] = (int)scratch[a];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(Span<long> values, ReadOnlySpan<int> position, Span<long> scratch)
    {
        values.CopyTo(scratch);
        for (int a = 0; a < values.Length; a++)
        {
            values[position[a]] = scratch[a];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Gather(Span<int> values, ReadOnlySpan<int> position, Span<long> scratch)
    {
        for (int a = 0; a < values.Length; a++)
        {
            scratch[a] = values[position[a]];
        }

        for (int a = 0; a < values.Length; a++)
        {
            values[a] = (int)scratch[a];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Gather(Span<long> values, ReadOnlySpan<int> position, Span<long> scratch)
    {
        for (int a = 0; a < values.Length; a++)
        {
            scratch[a] = values[position[a]];
        }

        scratch.CopyTo(values);
    }

    /// <summary>
    /// Puts every arc back in slot a = its number (before arcs are added, which would change the stride's layout), one array
    /// at a time through the flows' slots as scratch (the flows and states of a finished solve do not survive an added arc).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RestoreCallerOrder()
    {
        if (_arcStride == 1)
        {
            return;
        }

        int m = _arcCount;
        Span<long> scratch = _flow.AsSpan(0, m);
        ReadOnlySpan<int> position = _arcPosition.AsSpan(0, m);
        Gather(_source.AsSpan(0, m), position, scratch);
        Gather(_target.AsSpan(0, m), position, scratch);
        Gather(_cost.AsSpan(0, m), position, scratch);
        Gather(_capacity.AsSpan(0, m), position, scratch);
        for (int a = 0; a < m; a++)
        {
            _arcPosition[a] = a;
        }

        _arcStride = 1;
    }
}
