using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>
/// Cost scaling's refine step: discharging excess along admissible arcs, with relabelling.
/// </content>
public sealed partial class NetworkSimplex
{
    /// <summary>
    /// Turns the current ε·α-optimal flow into an ε-optimal one: saturates every arc with negative
    /// reduced cost, then discharges the nodes with excess in FIFO order, pushing along admissible
    /// arcs (residual, reduced cost below zero) and relabelling when none is left, or, with
    /// <see cref="AugmentLength"/> set, by partial augments. Returns the number of pushes and relabels.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Refine(long epsilon, CancellationToken cancellationToken)
    {
        int nodes = _nodeCount + 1;
        int[] first = _rsFirst;
        ResidualArc[] arcs = _rsArcs;
        long[] excess = _rsExcess;
        long[] price = _rsPrice;
        int[] current = _rsCurrent;
        int[] queue = _rsQueue;
        bool lookAhead = LookAhead;
        int augmentLength = AugmentLength;
        long idleRelabelWeight = CountLookAheadRelabels ? 1 : 0;

        for (int u = 0; u < nodes; u++)
        {
            long pu = price[u];
            int end = first[u + 1];
            for (int a = first[u]; a < end; a++)
            {
                ref ResidualArc arc = ref arcs[a];
                long r = arc.Residual;
                if (r > 0 && arc.Cost + pu - price[arc.Head] < 0)
                {
                    arc.Residual = 0;
                    arcs[arc.Pair].Residual += r;
                    excess[u] -= r;
                    excess[arc.Head] += r;
                }
            }
        }

        bool priceUpdates = PriceUpdates;
        long spacing = Math.Max(1, (long)(PriceUpdateSpacing * nodes));
        long relabelsBeforeUpdate = spacing;
        if (priceUpdates)
        {
            UpdatePrices(epsilon);
        }

        // The queue holds each active node once: a node joins when its excess turns positive and
        // leaves only when discharged to zero, so nodes slots suffice for the ring.
        int queueHead = 0;
        int queueTail = 0;
        int queued = 0;
        for (int v = 0; v < nodes; v++)
        {
            current[v] = first[v];
            if (excess[v] > 0)
            {
                queue[queueTail++] = v;
                queued++;
            }
        }

        if (queueTail == nodes)
        {
            queueTail = 0;
        }

        long operations = 0;
        while (queued > 0)
        {
            if (priceUpdates && relabelsBeforeUpdate <= 0)
            {
                UpdatePrices(epsilon);
                relabelsBeforeUpdate = spacing;
            }

            int v = queue[queueHead];
            queueHead = queueHead + 1 == nodes ? 0 : queueHead + 1;
            queued--;
            if ((++operations & CancellationCheckMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (augmentLength > 0)
            {
                operations += Augment(v, epsilon, ref queueTail, ref queued, ref relabelsBeforeUpdate);
                continue;
            }

            long ex = excess[v];
            long pv = price[v];
            int a = current[v];
            int end = first[v + 1];
            while (true)
            {
                for (; a < end; a++)
                {
                    ref ResidualArc arc = ref arcs[a];
                    long r = arc.Residual;
                    if (r <= 0)
                    {
                        continue;
                    }

                    int w = arc.Head;
                    if (arc.Cost + pv - price[w] >= 0)
                    {
                        continue;
                    }

                    // Look-ahead: flow pushed to a node with no excess and no admissible arc
                    // would only come back; relabel it first, and push only if still admissible.
                    if (lookAhead && excess[w] >= 0 && !HasAdmissibleArc(w) && RelabelIdle(w, epsilon))
                    {
                        relabelsBeforeUpdate -= idleRelabelWeight;
                        if (arc.Cost + pv - price[w] >= 0)
                        {
                            continue;
                        }
                    }

                    long d = Math.Min(ex, r);
                    arc.Residual = r - d;
                    arcs[arc.Pair].Residual += d;
                    long before = excess[w];
                    excess[w] = before + d;
                    if (before <= 0 && before + d > 0)
                    {
                        queue[queueTail] = w;
                        queueTail = queueTail + 1 == nodes ? 0 : queueTail + 1;
                        queued++;
                    }

                    operations++;
                    ex -= d;
                    if (ex == 0)
                    {
                        break;
                    }
                }

                if (ex == 0)
                {
                    break;
                }

                // Relabel: v has no admissible arc (the scan reached the end; arcs before the
                // current one stay inadmissible as prices only fall), which is what Relabel needs.
                pv = Relabel(v, pv, epsilon, long.MinValue, out a);
                price[v] = pv;
                operations++;
                relabelsBeforeUpdate--;
            }

            excess[v] = 0;
            current[v] = a;
        }

        return operations;
    }

    /// <summary>Whether a node has an admissible arc from its current arc on; moves the current arc to it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool HasAdmissibleArc(int v)
    {
        ResidualArc[] arcs = _rsArcs;
        long[] price = _rsPrice;
        long pv = price[v];
        int end = _rsFirst[v + 1];
        for (int a = _rsCurrent[v]; a < end; a++)
        {
            ref readonly ResidualArc arc = ref arcs[a];
            if (arc.Residual > 0 && arc.Cost + pv - price[arc.Head] < 0)
            {
                _rsCurrent[v] = a;
                return true;
            }
        }

        _rsCurrent[v] = end;
        return false;
    }

    /// <summary>
    /// Relabels a node without admissible arcs; false (and no change) when it has no residual arc at
    /// all. As in <see cref="Relabel"/>, a price of π(v) - ε is always allowed, so the scan can stop early.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool RelabelIdle(int v, long epsilon)
    {
        int start = _rsFirst[v];
        int end = _rsFirst[v + 1];
        int b = start;
        while (b < end && _rsArcs[b].Residual <= 0)
        {
            b++;
        }

        if (b == end)
        {
            return false;
        }

        _rsPrice[v] = Relabel(v, _rsPrice[v], epsilon, long.MinValue, out int arc);
        _rsCurrent[v] = arc;
        return true;
    }

    /// <summary>
    /// The new price of node <paramref name="v"/> (price <paramref name="pv"/>, no admissible arc,
    /// at least one residual arc) and its first admissible arc. Without an admissible arc every
    /// residual arc has π(w) - c ≤ π(v), so π(v) - ε is always an ε-optimal price, and it is the
    /// answer as soon as one arc has π(w) - c > π(v) - ε (that arc becomes admissible, the first
    /// one, since the arcs before it stay inadmissible): the scan usually stops early, as in
    /// OR-Tools. Otherwise the price is max(π(w) - c) - ε, and the current arc restarts.
    /// <paramref name="highest"/> starts the maximum (an extra bound below π(v), or <see cref="long.MinValue"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Relabel(int v, long pv, long epsilon, long highest, out int admissible)
    {
        ResidualArc[] arcs = _rsArcs;
        long[] price = _rsPrice;
        long guaranteed = pv - epsilon;
        int start = _rsFirst[v];
        int end = _rsFirst[v + 1];
        for (int b = start; b < end; b++)
        {
            ref readonly ResidualArc arc = ref arcs[b];
            if (arc.Residual > 0)
            {
                long reach = price[arc.Head] - arc.Cost;
                if (reach > guaranteed)
                {
                    admissible = b;
                    return guaranteed;
                }

                highest = Math.Max(highest, reach);
            }
        }

        admissible = start;
        return highest - epsilon;
    }
}
