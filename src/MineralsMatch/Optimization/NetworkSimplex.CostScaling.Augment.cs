using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>
/// Cost scaling's partial augment (LEMON's default): instead of one push at a time, grow a path of
/// admissible arcs from an active node, up to a bounded length or a node with a deficit,
/// relabelling and stepping back where the path gets stuck, then push along the whole path.
/// </content>
public sealed partial class NetworkSimplex
{
    // The arcs of the path being grown (reused; sized for the longest path the knob allows).
    private int[] _rsPath = [];

    /// <summary>Gets or sets the path length of partial augment; 0 discharges by single pushes with look-ahead.</summary>
    internal int AugmentLength { get; set; }

    /// <summary>
    /// Discharges <paramref name="start"/> completely by partial augments. Nodes that keep excess
    /// join the ring of active nodes (<paramref name="queueTail"/>, <paramref name="queued"/>);
    /// relabels count down <paramref name="relabelsBeforeUpdate"/>. Returns the pushes and relabels.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Augment(int start, long epsilon, ref int queueTail, ref int queued, ref long relabelsBeforeUpdate)
    {
        int nodes = _nodeCount + 1;
        int maxLength = AugmentLength;
        int[] first = _rsFirst;
        ResidualArc[] arcs = _rsArcs;
        long[] excess = _rsExcess;
        long[] price = _rsPrice;
        int[] current = _rsCurrent;
        int[] queue = _rsQueue;
        int[] path = _rsPath;
        long operations = 0;
        while (excess[start] > 0)
        {
            int length = 0;
            int tip = start;
            while (true)
            {
                long pt = price[tip];
                int end = first[tip + 1];
                int a = current[tip];
                while (a < end)
                {
                    ref readonly ResidualArc arc = ref arcs[a];
                    if (arc.Residual > 0 && arc.Cost + pt - price[arc.Head] < 0)
                    {
                        break;
                    }

                    a++;
                }

                if (a < end)
                {
                    current[tip] = a;
                    path[length++] = a;
                    int w = arcs[a].Head;
                    if (excess[w] < 0 || length == maxLength)
                    {
                        break;
                    }

                    tip = w;
                    continue;
                }

                // Stuck: relabel the tip. Off the start, the arc back along the path joins the
                // maximum (LEMON does the same): it keeps the price finite when the tip has no
                // residual arc at all, and it is the arc the flow would come back on.
                long back = long.MinValue;
                if (length > 0)
                {
                    ref readonly ResidualArc into = ref arcs[path[length - 1]];
                    back = price[arcs[into.Pair].Head] + into.Cost;
                }

                price[tip] = Relabel(tip, pt, epsilon, back, out int admissible);
                current[tip] = admissible;
                operations++;
                relabelsBeforeUpdate--;
                if (length > 0)
                {
                    // Step back: the arc into the tip is no longer admissible.
                    length--;
                    tip = arcs[arcs[path[length]].Pair].Head;
                }
            }

            // Push along the path as much as each node holds; a node that cannot pass on all it
            // got (or the end, unless it absorbs it) becomes active.
            int u = start;
            long uBefore = 1;
            for (int i = 0; i < length; i++)
            {
                ref ResidualArc arc = ref arcs[path[i]];
                long d = Math.Min(arc.Residual, excess[u]);
                arc.Residual -= d;
                arcs[arc.Pair].Residual += d;
                excess[u] -= d;
                int w = arc.Head;
                long before = excess[w];
                excess[w] = before + d;
                operations++;
                if (uBefore <= 0 && excess[u] > 0)
                {
                    queue[queueTail] = u;
                    queueTail = queueTail + 1 == nodes ? 0 : queueTail + 1;
                    queued++;
                }

                uBefore = before;
                u = w;
            }

            if (uBefore <= 0 && excess[u] > 0)
            {
                queue[queueTail] = u;
                queueTail = queueTail + 1 == nodes ? 0 : queueTail + 1;
                queued++;
            }
        }

        return operations;
    }
}
