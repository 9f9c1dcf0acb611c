using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>
/// Cost scaling's price refinement (Goldberg's heuristic): before a refine, try to make the current flow ε-optimal by lowering
/// prices alone, and skip the refine when that succeeds.
/// </content>
public sealed partial class NetworkSimplex
{
    // A phase tries price refinement this many times before it gives up and refines.
    private const int PriceRefinementRounds = 4;

    // Phases of the last cost-scaling solve that price refinement finished without a refine.
    private int _refinedPhases;

    /// <summary>Gets or sets whether cost scaling tries price refinement before each refine after the first.</summary>
    internal bool PriceRefinement { get; set; } = true;

    /// <summary>Gets how many phases of the last cost-scaling solve price refinement finished without a refine.</summary>
    internal int RefinedPhases => _refinedPhases;

    /// <summary>
    /// Looks for prices that make the current flow (every excess is zero after a refine) ε-optimal: lowering the price of v by
    /// ε·d(v) keeps a residual arc u→v ε-optimal exactly when d(v) ≥ d(u) + ⌊(−reduced cost − 1) / ε⌋, a longest-path condition.
    /// The arcs with a non-negative weight are the admissible ones (negative reduced cost); when they form no cycle, d is their
    /// longest path in topological order, then pushed down the other arcs in decreasing order of d (with the admissible arcs
    /// counted at weight 0, so every raise stays within the sweep's buckets). That may leave violations, so the check repeats:
    /// true only once a pass finds every reduced cost at least −ε (the flow is then ε-optimal and the refine can be skipped);
    /// false when the admissible arcs form a cycle, a distance exceeds the buckets, prices would leave their range, or the
    /// rounds run out. Prices changed before a false answer are still valid prices: the refine that follows only costs more.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool RefinePrices(long epsilon)
    {
        int nodes = _nodeCount + 1;
        int[] first = _rsFirst;
        ResidualArc[] arcs = _rsArcs;
        long[] price = _rsPrice;
        int[] rank = _rsDistance;
        int[] order = _rsQueue;
        int[] pending = _rsCurrent;
        int[] bucket = _rsBucket;
        int[] next = _rsNext;
        int[] previous = _rsPrevious;
        int maxRank = nodes;
        for (int round = 0; round < PriceRefinementRounds; round++)
        {
            // Kahn's topological order of the admissible arcs; a cycle among them ends the attempt.
            Array.Clear(pending, 0, nodes);
            for (int u = 0; u < nodes; u++)
            {
                long pu = price[u];
                for (int a = first[u]; a < first[u + 1]; a++)
                {
                    ref readonly ResidualArc arc = ref arcs[a];
                    if (arc.Residual > 0 && arc.Cost + pu - price[arc.Head] < 0)
                    {
                        pending[arc.Head]++;
                    }
                }
            }

            int count = 0;
            for (int v = 0; v < nodes; v++)
            {
                if (pending[v] == 0)
                {
                    order[count++] = v;
                }
            }

            Array.Clear(rank, 0, nodes);
            int topRank = 0;
            for (int k = 0; k < count; k++)
            {
                int u = order[k];
                long pu = price[u];
                int ru = rank[u];
                for (int a = first[u]; a < first[u + 1]; a++)
                {
                    ref readonly ResidualArc arc = ref arcs[a];
                    long reduced = arc.Cost + pu - price[arc.Head];
                    if (arc.Residual <= 0 || reduced >= 0)
                    {
                        continue;
                    }

                    int v = arc.Head;
                    long steps = (-reduced - 1) / epsilon;
                    if (ru + steps > maxRank)
                    {
                        return false;
                    }

                    rank[v] = Math.Max(rank[v], ru + (int)steps);
                    if (--pending[v] == 0)
                    {
                        order[count++] = v;
                    }
                }

                topRank = Math.Max(topRank, ru);
            }

            if (count < nodes)
            {
                return false;
            }

            if (topRank == 0)
            {
                return true;
            }

            // Push the distances down every residual arc, highest first (Dial's buckets, each a doubly linked list).
            Array.Fill(bucket, -1, 0, topRank + 1);
            for (int v = 0; v < nodes; v++)
            {
                if (rank[v] > 0)
                {
                    Link(bucket, next, previous, v, rank[v]);
                }
            }

            for (int r = topRank; r > 0; r--)
            {
                while (bucket[r] >= 0)
                {
                    int u = bucket[r];
                    bucket[r] = next[u];
                    if (next[u] >= 0)
                    {
                        previous[next[u]] = -1;
                    }

                    long pu = price[u];
                    for (int a = first[u]; a < first[u + 1]; a++)
                    {
                        ref readonly ResidualArc arc = ref arcs[a];
                        int v = arc.Head;
                        if (arc.Residual <= 0 || rank[v] >= r)
                        {
                            continue;
                        }

                        long reduced = arc.Cost + pu - price[v];
                        long raised = reduced < 0 ? r : r - 1 - (reduced / epsilon);
                        if (raised > rank[v])
                        {
                            if (rank[v] > 0)
                            {
                                Unlink(bucket, next, previous, v, rank[v]);
                            }

                            rank[v] = (int)raised;
                            Link(bucket, next, previous, v, rank[v]);
                        }
                    }
                }
            }

            long lowest = long.MaxValue;
            for (int v = 0; v < nodes; v++)
            {
                lowest = Math.Min(lowest, price[v] - (rank[v] * epsilon));
            }

            if (lowest < PriceFloor)
            {
                return false;
            }

            for (int v = 0; v < nodes; v++)
            {
                price[v] -= rank[v] * epsilon;
            }
        }

        return false;
    }
}
