namespace MineralsMatch.Benchmarks;

/// <summary>
/// NETGEN-style families without the MineralsMatch slack arcs: every unit of supply must reach a
/// demand node through arcs of limited capacity, costs are positive and spread widely, and a
/// hidden skeleton flow keeps every instance feasible (NETGEN builds one the same way). The
/// skeleton arcs get only a little more capacity than the skeleton sends through them, so the
/// capacities bind. Arcs come in canonical order, sorted by (tail, head); parallel arcs are merged.
/// </summary>
internal static class NetgenFamilies
{
    /// <summary>
    /// T-netgen: bipartite transport, half the nodes sources and half sinks, 14 arcs per node
    /// (40 000 nodes at 560 000 arcs), capacities 1–1 000, costs 1–10⁴, supplies 500–1 500.
    /// </summary>
    public static FlowInstance Transport(int arcs, ulong seed)
    {
        var random = new Xoshiro256(seed);
        int nodes = Math.Max(8, arcs / 14);
        int sources = nodes / 2;
        int sinks = nodes - sources;
        int perSource = Math.Max(2, arcs / sources);
        var network = new Network(nodes);
        for (int s = 0; s < sources; s++)
        {
            long supply = random.Between(500, 1_500);

            // Skeleton: the supply goes to one to three sinks.
            int pieces = random.Between(1, 3);
            for (int k = 0; k < pieces; k++)
            {
                long piece = k == pieces - 1 ? supply : supply / pieces;
                supply -= piece;
                network.Plan(s, sources + random.Between(0, sinks - 1), piece);
            }

            foreach (int t in random.Distinct(perSource - pieces, sinks))
            {
                network.Arc(s, sources + t);
            }
        }

        return network.Build($"T-netgen-{arcs}-{seed}", random, maxCapacity: 1_000, maxCost: 10_000);
    }

    /// <summary>
    /// T-hub: transshipment through hubs, 5.56 arcs per node (41 000 nodes at 228 000 arcs).
    /// 5 % of the nodes are sources and 5 % sinks, each joined to four hubs; the other 90 % are
    /// hubs on a ring with arcs to both ring neighbours, one to any hub and the rest (distinct) to
    /// hubs within 64 places, so paths are long and the spanning trees deep. Skeleton paths walk 1–40 ring steps.
    /// Capacities 1–1 000, costs 1–10⁵, supplies 1 000–10 000.
    /// </summary>
    public static FlowInstance Transshipment(int arcs, ulong seed)
    {
        var random = new Xoshiro256(seed);
        int nodes = Math.Max(40, (int)(arcs / 5.56));
        int sources = nodes / 20;
        int sinks = nodes / 20;
        int hubs = nodes - sources - sinks;
        int firstHub = sources + sinks;
        double perHubAverage = Math.Max(3.0, (arcs - (4.0 * (sources + sinks))) / hubs);
        var network = new Network(nodes);
        int Hub(long i) => firstHub + (int)(((i % hubs) + hubs) % hubs);

        for (int h = 0; h < hubs; h++)
        {
            network.Arc(Hub(h), Hub(h + 1));
            network.Arc(Hub(h), Hub(h - 1));
            network.Arc(Hub(h), Hub(random.Between(0, hubs - 1)));
            int perHub = (int)((h + 1) * perHubAverage) - (int)(h * perHubAverage);
            int added = network.OutDegree(Hub(h));
            for (int tries = 0; added < perHub && tries < 4 * perHub; tries++)
            {
                added += network.Arc(Hub(h), Hub(h + random.Between(-64, 64))) ? 1 : 0;
            }
        }

        for (int s = 0; s < sources; s++)
        {
            for (int k = 0; k < 4; k++)
            {
                network.Arc(s, Hub(random.Between(0, hubs - 1)));
            }
        }

        for (int t = 0; t < sinks; t++)
        {
            for (int k = 0; k < 4; k++)
            {
                network.Arc(Hub(random.Between(0, hubs - 1)), sources + t);
            }
        }

        for (int s = 0; s < sources; s++)
        {
            long supply = random.Between(1_000, 10_000);
            int sink = sources + random.Between(0, sinks - 1);
            int start = random.Between(0, hubs - 1);
            int steps = random.Between(1, 40);
            int step = random.Between(0, 1) == 0 ? 1 : -1;
            network.Plan(s, Hub(start), supply);
            for (int k = 0; k < steps; k++)
            {
                network.Plan(Hub(start + (k * step)), Hub(start + ((k + 1) * step)), supply);
            }

            network.Plan(Hub(start + (steps * step)), sink, supply);
        }

        return network.Build($"T-hub-{arcs}-{seed}", random, maxCapacity: 1_000, maxCost: 100_000);
    }

    /// <summary>Arcs keyed by (tail, head) with the skeleton flow planned through each.</summary>
    private sealed class Network(int nodes)
    {
        // long's own hash is tail XOR head, which collides for every arc between nearby hubs (T-hub joins hubs within 64 places):
        // generation was quadratic (400 000 arcs in 82 s). A mixed hash makes it linear; the instance is the same.
        private readonly Dictionary<long, long> _planned = new(MixedKey.Instance);

        private readonly int[] _outDegree = new int[nodes];

        /// <summary>Adds an arc unless it is a loop or already there; true when added.</summary>
        public bool Arc(int tail, int head)
        {
            if (tail == head || !_planned.TryAdd(Key(tail, head), 0))
            {
                return false;
            }

            _outDegree[tail]++;
            return true;
        }

        public int OutDegree(int node) => _outDegree[node];

        /// <summary>Sends skeleton flow along an arc, adding the arc if new.</summary>
        public void Plan(int tail, int head, long amount)
        {
            if (tail == head)
            {
                return;
            }

            Arc(tail, head);
            long key = Key(tail, head);
            _planned[key] += amount;
        }

        public FlowInstance Build(string name, Xoshiro256 random, long maxCapacity, long maxCost)
        {
            // The supplies are the skeleton flow's net outflow: positive at sources, negative at
            // sinks, zero at hubs (a skeleton path passes through them).
            long[] keys = [.. _planned.Keys];
            Array.Sort(keys);
            int m = keys.Length;
            var tail = new int[m];
            var head = new int[m];
            var capacity = new long[m];
            var cost = new long[m];
            var balance = new long[nodes];
            for (int a = 0; a < m; a++)
            {
                tail[a] = (int)(keys[a] >> 32);
                head[a] = (int)keys[a];
                long planned = _planned[keys[a]];
                balance[tail[a]] += planned;
                balance[head[a]] -= planned;
                capacity[a] = planned > 0 ? planned + random.Between(0, Math.Max(1, planned / 8)) : random.Between(1, maxCapacity);
                cost[a] = random.Between(1, maxCost);
            }

            return new FlowInstance(name, nodes, tail, head, capacity, cost, balance);
        }

        private static long Key(int tail, int head) => ((long)tail << 32) | (uint)head;
    }
}
