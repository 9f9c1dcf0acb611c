using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>
/// Cost scaling (Goldberg's push-relabel with ε-scaling) behind the same arcs, supplies, flows and
/// potentials as the network simplex. The residual network has one forward and one backward
/// residual arc per caller arc, grouped by tail; an artificial root joins every source (cost 0)
/// and every sink (a cost above any path of real arcs), so a feasible start always exists and
/// flow left on an artificial arc at the end means the problem is infeasible.
/// </content>
public sealed partial class NetworkSimplex
{
    // ε is divided by this much per refine; docs/performance.md has the measurement.
    private const long DefaultScalingFactor = 8;

    // Prices stay above this (a price update that would cross it is skipped), so reduced costs
    // and relabel values never overflow.
    private const long PriceFloor = long.MinValue / 4;

    // The residual network: arcs of node v are _rsFirst[v] .. _rsFirst[v + 1] - 1.
    private int[] _rsFirst = [];
    private ResidualArc[] _rsArcs = [];
    private int[] _rsSlot = [];

    // Per residual arc, the capacity of its caller arc: an arc's residual plus its pair's is this
    // constant, so the price update reads the pair's residual without a random access to the pair.
    private long[] _rsCapacity = [];

    // Per node: excess, price (scaled), the current arc, and the FIFO queue of active nodes.
    private long[] _rsExcess = [];
    private long[] _rsPrice = [];
    private int[] _rsCurrent = [];
    private int[] _rsQueue = [];

    /// <summary>Gets or sets how much ε shrinks per refine (benchmarks try other values).</summary>
    internal long ScalingFactor { get; set; } = DefaultScalingFactor;

    /// <summary>Gets or sets whether refine runs global price updates (Goldberg's heuristic) every n relabels.</summary>
    internal bool PriceUpdates { get; set; } = true;

    /// <summary>Gets or sets how many relabels (as a multiple of the node count) run between two global price updates.</summary>
    internal double PriceUpdateSpacing { get; set; } = 1.0;

    /// <summary>Gets or sets whether look-ahead relabels count towards the next global price update.</summary>
    internal bool CountLookAheadRelabels { get; set; }

    /// <summary>Gets or sets whether a push first relabels a target that has no admissible arc (Goldberg's look-ahead).</summary>
    internal bool LookAhead { get; set; } = true;

    /// <summary>Whether cost scaling's scaled arithmetic stays within <see cref="long"/>: 64 · (n + 2)² · max|cost|.</summary>
    private static bool CostScalingFits(int n, long maxAbsCost)
    {
        Int128 scale = (Int128)n + 2;
        return 64 * scale * scale * maxAbsCost <= long.MaxValue;
    }

    private void EnsureCostScalingWorkspace(int residualArcs, int nodes)
    {
        if (_rsArcs.Length < residualArcs)
        {
            _rsArcs = GC.AllocateUninitializedArray<ResidualArc>(residualArcs);
            _rsCapacity = GC.AllocateUninitializedArray<long>(residualArcs);
        }

        if (_rsPath.Length < AugmentLength)
        {
            _rsPath = new int[AugmentLength];
        }

        if (_rsSlot.Length < _arcCount)
        {
            _rsSlot = GC.AllocateUninitializedArray<int>(_arcCount);
        }

        if (_rsFirst.Length < nodes + 1)
        {
            _rsFirst = GC.AllocateUninitializedArray<int>(nodes + 1);
            _rsExcess = GC.AllocateUninitializedArray<long>(nodes);
            _rsPrice = GC.AllocateUninitializedArray<long>(nodes);
            _rsCurrent = GC.AllocateUninitializedArray<int>(nodes);
            _rsQueue = GC.AllocateUninitializedArray<int>(nodes);
            _rsDistance = GC.AllocateUninitializedArray<int>(nodes);
            _rsBucket = GC.AllocateUninitializedArray<int>(nodes + 2);
            _rsNext = GC.AllocateUninitializedArray<int>(nodes);
            _rsPrevious = GC.AllocateUninitializedArray<int>(nodes);
        }
    }

    private NetworkSimplexStatus SolveByCostScaling(long maxAbsCost, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int m = _arcCount;
        int n = _nodeCount;
        EnsureWorkspace(m, n);
        long scale = (long)n + 2;
        long epsilon = BuildResidualNetwork(maxAbsCost, scale);
        long operations = 0;
        int phase = 0;
        _refinedPhases = 0;
        // At least one refine, even when every cost is zero: it is what moves the supplies. Later phases first try to reach
        // the smaller ε by prices alone.
        do
        {
            epsilon = Math.Max(epsilon / ScalingFactor, 1);
            if (phase++ == 0 || !PriceRefinement || !RefinePrices(epsilon))
            {
                operations += Refine(epsilon, cancellationToken);
            }
            else
            {
                _refinedPhases++;
            }

            Reanchor();
        }
        while (epsilon > 1);

        _pivotCount = operations;
        return FinishCostScaling(scale);
    }

    /// <summary>Shifts all prices so the highest is zero; reduced costs do not change.</summary>
    private void Reanchor()
    {
        Span<long> price = _rsPrice.AsSpan(0, _nodeCount + 1);
        long highest = long.MinValue;
        foreach (long p in price)
        {
            highest = Math.Max(highest, p);
        }

        for (int v = 0; v < price.Length; v++)
        {
            price[v] -= highest;
        }
    }

    /// <summary>
    /// Lays out the residual network (counting sort by tail), with costs multiplied by
    /// <paramref name="scale"/>, zero flow, zero prices and every node's supply as its excess; returns the largest scaled cost of a
    /// caller arc, the starting ε (zero flow and prices are ε-optimal for it).
    /// </summary>
    private long BuildResidualNetwork(long maxAbsCost, long scale)
    {
        int m = _arcCount;
        int n = _nodeCount;
        int root = n;
        long[] supply = _nodeSupply;
        int artificial = 0;
        for (int v = 0; v < n; v++)
        {
            artificial += supply[v] != 0 ? 1 : 0;
        }

        int residualArcs = 2 * (m + artificial);
        EnsureCostScalingWorkspace(residualArcs, n + 1);
        int[] first = _rsFirst;
        int[] tail = _source;
        int[] headOf = _target;
        Array.Clear(first, 0, n + 2);
        for (int a = 0; a < m; a++)
        {
            first[tail[a]]++;
            first[headOf[a]]++;
        }

        for (int v = 0; v < n; v++)
        {
            if (supply[v] != 0)
            {
                first[v]++;
                first[root]++;
            }
        }

        // first[v] becomes the end of v's range; placing walks it back to the start.
        int sum = 0;
        for (int v = 0; v <= n; v++)
        {
            sum += first[v];
            first[v] = sum;
        }

        ResidualArc[] arcs = _rsArcs;
        long[] capacityOf = _rsCapacity;
        int[] slot = _rsSlot;

        // Placed in reverse so every node's arcs end up in the caller's order.
        long artificialCost = (((long)n + 1) * maxAbsCost + 1) * scale;
        for (int v = n - 1; v >= 0; v--)
        {
            long b = supply[v];
            if (b != 0)
            {
                int from = b > 0 ? v : root;
                int to = b > 0 ? root : v;
                Place(from, to, Math.Abs(b), b > 0 ? 0 : artificialCost);
            }
        }

        long epsilon = 1;
        long[] arcCost = _cost;
        long[] arcCapacity = _capacity;
        int[] position = _arcPosition;
        for (int a = m - 1; a >= 0; a--)
        {
            int p = position[a];
            long c = arcCost[p] * scale;
            epsilon = Math.Max(epsilon, Math.Abs(c));
            slot[a] = Place(tail[p], headOf[p], arcCapacity[p], c);
        }

        first[n + 1] = residualArcs;
        Array.Copy(supply, _rsExcess, n);
        _rsExcess[root] = 0;
        Array.Clear(_rsPrice, 0, n + 1);
        return epsilon;

        int Place(int from, int to, long capacity, long unitCost)
        {
            int forward = --first[from];
            int backward = --first[to];
            arcs[forward] = new ResidualArc { Head = to, Pair = backward, Cost = unitCost, Residual = capacity };
            arcs[backward] = new ResidualArc { Head = from, Pair = forward, Cost = -unitCost, Residual = 0 };
            capacityOf[forward] = capacity;
            capacityOf[backward] = capacity;
            return forward;
        }
    }

    /// <summary>
    /// Reads the flows, declares the problem infeasible if an artificial arc still carries flow,
    /// and turns the scaled prices into exact potentials: prices divided by the scale satisfy
    /// every reduced-cost condition to within 1 / scale, and a label-correcting pass over the
    /// residual caller arcs (no negative cycle exists at the optimum) makes them exact.
    /// </summary>
    private NetworkSimplexStatus FinishCostScaling(long scale)
    {
        int m = _arcCount;
        int n = _nodeCount;
        int root = n;
        int[] first = _rsFirst;
        ResidualArc[] arcs = _rsArcs;

        // At the root, a forward arc (root -> sink) has the positive artificial cost and carries
        // its pair's residual; a backward arc (of source -> root) has cost 0 and carries its own.
        for (int a = first[root]; a < first[root + 1]; a++)
        {
            long carried = arcs[a].Cost > 0 ? arcs[arcs[a].Pair].Residual : arcs[a].Residual;
            if (carried != 0)
            {
                return NetworkSimplexStatus.Infeasible;
            }
        }

        long[] flow = _flow;
        int[] position = _arcPosition;
        int[] slot = _rsSlot;
        long[] arcCost = _cost;
        Int128 total = 0;
        for (int a = 0; a < m; a++)
        {
            long f = arcs[arcs[slot[a]].Pair].Residual;
            int p = position[a];
            flow[p] = f;
            total += (Int128)f * arcCost[p];
        }

        long[] potential = _potential;
        long[] price = _rsPrice;
        for (int v = 0; v <= n; v++)
        {
            long p = price[v];
            long q = p / scale;
            potential[v] = p % scale != 0 && p < 0 ? q - 1 : q;
        }

        RepairPotentials(scale);
        _optimalCost = total;
        return NetworkSimplexStatus.Optimal;
    }

    /// <summary>
    /// Label-correcting pass (FIFO Bellman–Ford) over the residual caller arcs, starting from the
    /// rounded prices: lowers π(head) to π(tail) + cost wherever a residual arc has a negative
    /// reduced cost. At the optimum the residual network has no negative cycle, so it ends, and
    /// then every residual arc has a non-negative reduced cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RepairPotentials(long scale)
    {
        int n = _nodeCount;
        int[] first = _rsFirst;
        ResidualArc[] arcs = _rsArcs;
        long[] potential = _potential;
        int[] queue = _rsQueue;
        int[] queuedFlag = _rsCurrent;
        int queueHead = 0;
        int queueTail = 0;
        int queued = 0;
        int slots = n + 1;
        for (int v = 0; v < n; v++)
        {
            queue[queueTail++] = v;
            queuedFlag[v] = 1;
            queued++;
        }

        long budget = (long)n * (n + 1) + 1;
        while (queued > 0)
        {
            int u = queue[queueHead];
            queueHead = queueHead + 1 == slots ? 0 : queueHead + 1;
            queued--;
            queuedFlag[u] = 0;
            long pu = potential[u];
            int end = first[u + 1];
            for (int a = first[u]; a < end; a++)
            {
                ref readonly ResidualArc arc = ref arcs[a];
                int w = arc.Head;
                if (arc.Residual <= 0 || w == n)
                {
                    continue;
                }

                long reach = pu + (arc.Cost / scale);
                if (reach < potential[w])
                {
                    potential[w] = reach;
                    if (--budget < 0)
                    {
                        throw new InvalidOperationException("Cost scaling ended with a negative residual cycle; this is a bug in the solver.");
                    }

                    if (queuedFlag[w] == 0)
                    {
                        queuedFlag[w] = 1;
                        queue[queueTail] = w;
                        queueTail = queueTail + 1 == slots ? 0 : queueTail + 1;
                        queued++;
                    }
                }
            }
        }
    }
}
