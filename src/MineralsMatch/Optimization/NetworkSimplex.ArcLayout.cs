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
    /// Moves arc a (in slot a) to slot <c>_arcPosition[a]</c> in place, one cycle of the permutation at a time; the states
    /// mark the slots already filled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MoveArcsToPositions(int m)
    {
        int[] position = _arcPosition;
        int[] source = _source;
        int[] target = _target;
        long[] costs = _cost;
        long[] capacities = _capacity;
        Span<sbyte> filled = _state.AsSpan(0, m);
        filled.Clear();
        for (int first = 0; first < m; first++)
        {
            if (filled[first] != 0)
            {
                continue;
            }

            // Slot first still holds arc first; carry it to its slot, pick up the arc found there (whose number is that
            // slot's, as no cycle has touched it), and so on until the cycle closes at slot first.
            int tail = source[first];
            int head = target[first];
            long cost = costs[first];
            long capacity = capacities[first];
            int arc = first;
            while (true)
            {
                int slot = position[arc];
                filled[slot] = 1;
                (tail, source[slot]) = (source[slot], tail);
                (head, target[slot]) = (target[slot], head);
                (cost, costs[slot]) = (costs[slot], cost);
                (capacity, capacities[slot]) = (capacities[slot], capacity);
                if (slot == first)
                {
                    break;
                }

                arc = slot;
            }
        }
    }

    /// <summary>
    /// Puts every arc back in slot a = its number (before arcs are added, which would change the stride's layout), in place
    /// one cycle at a time; the states mark the slots already filled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RestoreCallerOrder()
    {
        if (_arcStride == 1)
        {
            return;
        }

        int m = _arcCount;
        int[] position = _arcPosition;
        int[] source = _source;
        int[] target = _target;
        long[] costs = _cost;
        long[] capacities = _capacity;
        Span<sbyte> filled = _state.AsSpan(0, m);
        filled.Clear();
        for (int first = 0; first < m; first++)
        {
            if (filled[first] != 0)
            {
                continue;
            }

            // Lift out what slot first holds, then fill each emptied slot with the arc that belongs there, taken from the
            // slot it was spread to, until that slot is first itself: the lifted arc belongs in the last slot emptied.
            int tail = source[first];
            int head = target[first];
            long cost = costs[first];
            long capacity = capacities[first];
            int slot = first;
            while (true)
            {
                filled[slot] = 1;
                int from = position[slot];
                if (from == first)
                {
                    source[slot] = tail;
                    target[slot] = head;
                    costs[slot] = cost;
                    capacities[slot] = capacity;
                    break;
                }

                source[slot] = source[from];
                target[slot] = target[from];
                costs[slot] = costs[from];
                capacities[slot] = capacities[from];
                slot = from;
            }
        }

        for (int a = 0; a < m; a++)
        {
            position[a] = a;
        }

        _arcStride = 1;
    }
}
