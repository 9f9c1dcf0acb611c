using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>
/// Cost scaling's global price update (a reverse Dijkstra from the deficit nodes).
/// </content>
public sealed partial class NetworkSimplex
{
    // Price updates: a reverse Dijkstra from the deficit nodes (lazy-deletion heap of (distance, node)).
    private readonly PriorityQueue<int, long> _rsHeap = new();
    private long[] _rsDistance = [];

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
        int[] head = _rsHead;
        int[] pair = _rsPair;
        long[] cost = _rsCost;
        long[] residual = _rsResidual;
        long[] excess = _rsExcess;
        long[] price = _rsPrice;
        long[] distance = _rsDistance;
        PriorityQueue<int, long> heap = _rsHeap;
        heap.Clear();
        long limit = nodes + 1;
        int active = 0;
        for (int v = 0; v < nodes; v++)
        {
            long ex = excess[v];
            active += ex > 0 ? 1 : 0;
            if (ex < 0)
            {
                distance[v] = 0;
                heap.Enqueue(v, 0);
            }
            else
            {
                distance[v] = long.MaxValue;
            }
        }

        long reached = 0;
        while (active > 0 && heap.TryDequeue(out int w, out long dw))
        {
            if (dw != distance[w])
            {
                continue;
            }

            // Settled: mark by flipping the sign bit off the "unsettled" range; distance stays dw.
            reached = dw;
            if (excess[w] > 0)
            {
                active--;
            }

            distance[w] = -1 - dw;
            long pw = price[w];
            int end = first[w + 1];
            for (int b = first[w]; b < end; b++)
            {
                int a = pair[b];
                if (residual[a] <= 0)
                {
                    continue;
                }

                int u = head[b];
                long du = distance[u];
                if (du < 0)
                {
                    continue;
                }

                long reduced = cost[a] + price[u] - pw;
                long length = reduced < 0 ? 0 : (reduced / epsilon) + 1;
                if (length > limit)
                {
                    continue;
                }

                long candidate = dw + length;
                if (candidate < du && candidate <= limit)
                {
                    distance[u] = candidate;
                    heap.Enqueue(u, candidate);
                }
            }
        }

        // Unsettled nodes take the reach D: settled ones have d <= D, unsettled ones d* >= D.
        // Skipping the update is always allowed; it is skipped if a price would leave the range
        // the solver's arithmetic is sized for (shift · ε itself fits: see CostScalingFits).
        long reach = active > 0 ? limit : reached;
        for (int v = 0; v < nodes; v++)
        {
            long d = distance[v];
            long shift = d < 0 ? -1 - d : reach;
            if (price[v] - (shift * epsilon) < PriceFloor)
            {
                return;
            }
        }

        int[] current = _rsCurrent;
        for (int v = 0; v < nodes; v++)
        {
            long d = distance[v];
            long shift = d < 0 ? -1 - d : reach;
            price[v] -= shift * epsilon;
            current[v] = first[v];
        }
    }
}
