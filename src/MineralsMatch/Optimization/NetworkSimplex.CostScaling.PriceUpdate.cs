using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>
/// Cost scaling's global price update (a reverse Dijkstra from the deficit nodes, on a bucket queue).
/// </content>
public sealed partial class NetworkSimplex
{
    // Distances are small integers (at most n + 1), so the Dijkstra keeps one doubly linked list
    // of nodes per distance (Dial's buckets) instead of a binary heap: no log factor, no stale entries.
    private int[] _rsDistance = [];
    private int[] _rsBucket = [];
    private int[] _rsNext = [];
    private int[] _rsPrevious = [];

    /// <summary>
    /// Goldberg's global price update. With arc length ⌊reduced cost / ε⌋ + 1 (at least 0 on an
    /// ε-optimal residual arc), d(v) is the length of a shortest residual path from v to a node with
    /// a deficit; lowering every price by ε·d keeps the flow ε-optimal and makes a shortest path
    /// admissible. The reverse Dijkstra stops once every node with excess is settled (or past
    /// n + 1); nodes not settled by then take the distance D reached, which is at most their own
    /// and at least every settled one, so ε-optimality still holds. Current arcs restart.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdatePrices(long epsilon)
    {
        int nodes = _nodeCount + 1;
        int[] first = _rsFirst;
        ResidualArc[] arcs = _rsArcs;
        long[] capacity = _rsCapacity;
        long[] excess = _rsExcess;
        long[] price = _rsPrice;
        int[] distance = _rsDistance;
        int[] bucket = _rsBucket;
        int[] next = _rsNext;
        int[] previous = _rsPrevious;
        int limit = nodes + 1;
        Array.Fill(bucket, -1, 0, limit + 1);
        int active = 0;
        int top = 0;
        for (int v = 0; v < nodes; v++)
        {
            long ex = excess[v];
            active += ex > 0 ? 1 : 0;
            if (ex < 0)
            {
                distance[v] = 0;
                Link(bucket, next, previous, v, 0);
            }
            else
            {
                distance[v] = int.MaxValue;
            }
        }

        int reached = 0;
        int d = 0;
        while (active > 0)
        {
            while (d <= top && bucket[d] < 0)
            {
                d++;
            }

            if (d > top)
            {
                break;
            }

            int w = bucket[d];
            int after = next[w];
            bucket[d] = after;
            if (after >= 0)
            {
                previous[after] = -1;
            }

            // Settled: the sign bit marks it, and -1 - distance keeps the value.
            reached = d;
            if (excess[w] > 0)
            {
                active--;
            }

            distance[w] = -1 - d;
            long pw = price[w];
            int end = first[w + 1];
            for (int b = first[w]; b < end; b++)
            {
                // The arc into w is b's pair; its residual is what b leaves of the shared
                // capacity, read here without touching the pair.
                ref readonly ResidualArc arc = ref arcs[b];
                if (arc.Residual == capacity[b])
                {
                    continue;
                }

                int u = arc.Head;
                int du = distance[u];
                if (du < 0)
                {
                    continue;
                }

                // A length beats the bound only if ⌊reduced / ε⌋ < k: one multiply instead of a
                // division per arc; the division runs only for an actual improvement.
                long reduced = price[u] - arc.Cost - pw;
                int k = Math.Min(du, limit + 1) - d - 1;
                int candidate;
                if (reduced < 0)
                {
                    if (k < 0)
                    {
                        continue;
                    }

                    candidate = d;
                }
                else
                {
                    if (k <= 0 || reduced >= k * epsilon)
                    {
                        continue;
                    }

                    candidate = d + 1 + (int)(reduced / epsilon);
                }

                if (du != int.MaxValue)
                {
                    Unlink(bucket, next, previous, u, du);
                }

                distance[u] = candidate;
                Link(bucket, next, previous, u, candidate);
                top = Math.Max(top, candidate);
            }
        }

        // Unsettled nodes take the reach D: settled ones have d <= D, unsettled ones d* >= D.
        // Skipping the update is always allowed; it is skipped if a price would leave the range
        // the solver's arithmetic is sized for (shift · ε itself fits: see CostScalingFits).
        long reach = active > 0 ? limit : reached;
        for (int v = 0; v < nodes; v++)
        {
            int dv = distance[v];
            long shift = dv < 0 ? -1L - dv : reach;
            if (price[v] - (shift * epsilon) < PriceFloor)
            {
                return;
            }
        }

        int[] current = _rsCurrent;
        for (int v = 0; v < nodes; v++)
        {
            int dv = distance[v];
            long shift = dv < 0 ? -1L - dv : reach;
            price[v] -= shift * epsilon;
            current[v] = first[v];
        }
    }

    /// <summary>Puts a node at the front of a distance bucket.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Link(int[] bucket, int[] next, int[] previous, int v, int at)
    {
        int old = bucket[at];
        next[v] = old;
        previous[v] = -1;
        if (old >= 0)
        {
            previous[old] = v;
        }

        bucket[at] = v;
    }

    /// <summary>Takes a node out of its distance bucket.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Unlink(int[] bucket, int[] next, int[] previous, int v, int at)
    {
        int before = previous[v];
        int after = next[v];
        if (before >= 0)
        {
            next[before] = after;
        }
        else
        {
            bucket[at] = after;
        }

        if (after >= 0)
        {
            previous[after] = before;
        }
    }
}
