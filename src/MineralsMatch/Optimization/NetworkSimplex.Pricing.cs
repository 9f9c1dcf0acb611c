using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>The pivot loop and pricing: block search and the candidate list that choose the entering arc.</content>
public sealed partial class NetworkSimplex
{
    // Node potentials moved by the pivots of the last solve.
    private long _potentialUpdates;

    /// <summary>Called every 1 024 pivots with the pivots and potential updates so far (benchmarks trace the simplex's work with it).</summary>
    internal Action<long, long>? PivotProbe { get; set; }

    /// <summary>
    /// Pivots until the tree is optimal (true), or until the potentials moved pass a budget (false: the caller abandons the
    /// simplex for cost scaling): <paramref name="earlyBudget"/> (at most <paramref name="workBudget"/>) during the first
    /// <paramref name="earlyPivots"/> pivots, then <paramref name="workBudget"/>. On large problems the nodes are renumbered
    /// along the tree every <see cref="RenumberInterval"/> potentials moved, and given back their numbers before it returns,
    /// also when it is cancelled (the working arcs are the only copy of the problem).
    /// </summary>
    private bool RunPivots(long workBudget, long earlyBudget, long earlyPivots, CancellationToken cancellationToken)
    {
        try
        {
            return PivotWithinBudget(workBudget, earlyBudget, earlyPivots, cancellationToken);
        }
        finally
        {
            RestoreNodeNumbers();
        }
    }

    /// <summary>The pivot loop of <see cref="RunPivots"/>, which leaves the nodes renumbered.</summary>
    private bool PivotWithinBudget(long workBudget, long earlyBudget, long earlyPivots, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        long pivots = 0;
        long budget = earlyPivots > 0 ? earlyBudget : workBudget;
        long renumberInterval = RenumberInterval();
        if (renumberInterval > 0)
        {
            EnsureRenumberingSpace();
        }

        long nextRenumber = renumberInterval > 0 ? renumberInterval : long.MaxValue;
        long windowUpdates = 0;
        long adaptMask = _pivotRule == NetworkSimplexPivotRule.AdaptiveBlockSearch ? AdaptiveBlockInterval - 1 : -1;
        int entering;
        while ((entering = FindEnteringArc()) >= 0)
        {
            if ((++pivots & CancellationCheckMask) == 0)
            {
                _pivotCount = pivots;
                cancellationToken.ThrowIfCancellationRequested();
                PivotProbe?.Invoke(pivots, _potentialUpdates);
            }

            if (adaptMask >= 0 && (pivots & adaptMask) == 0)
            {
                AdaptBlock(ref windowUpdates, adaptMask + 1);
            }

            Pivot(entering);
            if (_potentialUpdates > budget)
            {
                if (pivots <= earlyPivots || _potentialUpdates > workBudget)
                {
                    _pivotCount = pivots;
                    return false;
                }

                budget = workBudget;
            }

            if (_potentialUpdates >= nextRenumber)
            {
                RenumberAlongThread();
                nextRenumber = _potentialUpdates + renumberInterval;
            }
        }

        _pivotCount = pivots;
        return true;
    }

    /// <summary>
    /// Candidate-list pricing: after a block scan, up to <see cref="_minorPivots"/> pivots are
    /// chosen from the hot list alone, which holds the next best violating arcs of the last
    /// scanned block, re-priced every time (a pivot shifts the potentials of one side of the
    /// cut; after a bound flip none move, so the list is still exact). A block scan refills the
    /// list when the budget is spent or no hot arc gains enough (<see cref="_hotThreshold"/>).
    /// Returns -1 only after a full cycle of the block scan found no violating arc (the optimum),
    /// so the stopping rule is the same as plain block search.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindEnteringArc()
    {
        if (_minorPivots == 0)
        {
            return BlockSearch();
        }

        if (_minorLeft > 0)
        {
            _minorLeft--;
            int hot = BestCandidate();
            if (hot >= 0)
            {
                return hot;
            }
        }

        return ScanBlocks();
    }

    /// <summary>
    /// Re-prices the hot list, drops the arcs that no longer violate, and removes and returns
    /// the most violating one; -1 (and an empty list) when none is left or the best gains less
    /// than <see cref="_hotThreshold"/>. The first of equal arcs in list order wins, so the
    /// choice is deterministic.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int BestCandidate()
    {
        int[] candidates = _candidates;
        int count = _candidateCount;
        int[] source = _source;
        int[] target = _target;
        long[] cost = _cost;
        sbyte[] state = _state;
        long[] potential = _potential;
        long min = 0;
        int bestSlot = -1;
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            int e = candidates[i];
            long reduced = state[e] * (cost[e] + potential[source[e]] - potential[target[e]]);
            if (reduced < 0)
            {
                if (reduced < min)
                {
                    min = reduced;
                    bestSlot = kept;
                }

                candidates[kept++] = e;
            }
        }

        if (bestSlot < 0 || min > _hotThreshold)
        {
            _candidateCount = 0;
            return -1;
        }

        int best = candidates[bestSlot];
        candidates[bestSlot] = candidates[--kept];
        _candidateCount = kept;
        return best;
    }

    /// <summary>
    /// Block search: scans the arcs cyclically from where the last search stopped, one block at
    /// a time, and returns the most violating arc of the first block that has one (-1 at the optimum).
    /// Used alone when the hot list is off; it picks exactly the arcs <see cref="ScanBlocks"/> picks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int BlockSearch()
    {
        int m = _arcCount;
        ReadOnlySpan<int> source = _source.AsSpan(0, m);
        ReadOnlySpan<int> target = _target.AsSpan(0, m);
        ReadOnlySpan<long> cost = _cost.AsSpan(0, m);
        ReadOnlySpan<sbyte> state = _state.AsSpan(0, m);
        long[] potential = _potential;
        int blockSize = _blockSize;
        int next = _nextArc;
        long min = 0;
        int best = -1;
        int count = blockSize;

        for (int e = next; e < source.Length; e++)
        {
            long reduced = state[e] * (cost[e] + potential[source[e]] - potential[target[e]]);
            if (reduced < min)
            {
                min = reduced;
                best = e;
            }

            if (--count == 0)
            {
                if (min < 0)
                {
                    _nextArc = e + 1 == m ? 0 : e + 1;
                    return best;
                }

                count = blockSize;
            }
        }

        for (int e = 0; e < next; e++)
        {
            long reduced = state[e] * (cost[e] + potential[source[e]] - potential[target[e]]);
            if (reduced < min)
            {
                min = reduced;
                best = e;
            }

            if (--count == 0)
            {
                if (min < 0)
                {
                    _nextArc = e + 1;
                    return best;
                }

                count = blockSize;
            }
        }

        // A full cycle ended inside a partial block; its minimum still counts.
        _nextArc = next;
        return best;
    }

    /// <summary>
    /// Block search that also keeps the block's violating arcs: returns the same arc as
    /// <see cref="BlockSearch"/> (-1 at the optimum). The block's other violating arcs (at most <see cref="_hotListLength"/> of the best) become the hot list.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ScanBlocks()
    {
        int m = _arcCount;
        ReadOnlySpan<int> source = _source.AsSpan(0, m);
        ReadOnlySpan<int> target = _target.AsSpan(0, m);
        ReadOnlySpan<long> cost = _cost.AsSpan(0, m);
        ReadOnlySpan<sbyte> state = _state.AsSpan(0, m);
        long[] potential = _potential;

        // Invariant: the buffers hold exactly the violating arcs of the current block, which are
        // at most blockSize (a block ending in a wrap-around still counts blockSize arcs in all),
        // plus one scratch slot for the branch-free append.
        Span<int> foundArc = _candidates.AsSpan(0, _blockSize + 1);
        Span<long> foundCost = _candidateCost.AsSpan(0, _blockSize + 1);
        int blockSize = _blockSize;
        int next = _nextArc;
        int found = 0;
        int count = blockSize;

        for (int e = next; e < source.Length; e++)
        {
            long reduced = state[e] * (cost[e] + potential[source[e]] - potential[target[e]]);
            // Branch-free append: the slot is always written, and kept only if the arc violates
            // (about half of a block violates early on, a branch here would mispredict a lot).
            foundArc[found] = e;
            foundCost[found] = reduced;
            found += (int)((ulong)reduced >> 63);

            if (--count == 0)
            {
                if (found > 0)
                {
                    _nextArc = e + 1 == m ? 0 : e + 1;
                    return TakeBlock(found);
                }

                count = blockSize;
            }
        }

        for (int e = 0; e < next; e++)
        {
            long reduced = state[e] * (cost[e] + potential[source[e]] - potential[target[e]]);
            // Branch-free append: the slot is always written, and kept only if the arc violates
            // (about half of a block violates early on, a branch here would mispredict a lot).
            foundArc[found] = e;
            foundCost[found] = reduced;
            found += (int)((ulong)reduced >> 63);

            if (--count == 0)
            {
                if (found > 0)
                {
                    _nextArc = e + 1;
                    return TakeBlock(found);
                }

                count = blockSize;
            }
        }

        // A full cycle ended inside a partial block; its violating arcs still count.
        _nextArc = next;
        return found > 0 ? TakeBlock(found) : -1;
    }

    /// <summary>
    /// Turns the <paramref name="found"/> violating arcs of a scanned block into the entering arc
    /// (the most violating, the lowest arc index among equals) and the hot list (the next
    /// <see cref="_hotListLength"/> best), and sets the hot list's budget and gain threshold.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TakeBlock(int found)
    {
        Span<int> arcs = _candidates.AsSpan(0, found);
        Span<long> costs = _candidateCost.AsSpan(0, found);
        int keep = Math.Min(found, _hotListLength + 1);
        SelectBest(costs, arcs, keep);
        int best = arcs[0];
        _hotThreshold = costs[0] / HotGainDivisor;
        arcs[0] = arcs[keep - 1];
        _candidateCount = keep - 1;
        _minorLeft = _minorPivots;
        return best;
    }

    /// <summary>
    /// Moves the <paramref name="keep"/> smallest (reduced cost, arc) pairs, in increasing order,
    /// to the front: a partial insertion sort. (Reduced cost, arc) is a total order, so the
    /// result does not depend on the scan order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SelectBest(Span<long> costs, Span<int> arcs, int keep)
    {
        int sorted = 0;
        for (int i = 0; i < costs.Length; i++)
        {
            long c = costs[i];
            int a = arcs[i];
            if (sorted == keep)
            {
                long lastCost = costs[keep - 1];
                if (c > lastCost || (c == lastCost && a > arcs[keep - 1]))
                {
                    continue;
                }

                sorted--;
            }

            int j = sorted - 1;
            while (j >= 0 && (costs[j] > c || (costs[j] == c && arcs[j] > a)))
            {
                costs[j + 1] = costs[j];
                arcs[j + 1] = arcs[j];
                j--;
            }

            costs[j + 1] = c;
            arcs[j + 1] = a;
            sorted++;
        }
    }
}
