using MineralsMatch.Matching.Allocation;

namespace MineralsMatch.Matching.Pricing;

/// <summary>
/// Every optimal dual solution of an allocation network at once, from one optimal flow: the lowest and highest value per step of
/// each offer's capacity (u) and each requirement's demand (w), and the solver's own dual brought into that set.
/// </summary>
/// <remarks>
/// <para>Complementary slackness with an optimal flow x describes all optimal duals as difference constraints on a value d(n)
/// per node (a unit at node n is worth d(n); d(outside) = 0, u(i) = d(offer i), w(j) = −d(requirement j)): an arc a→b of value v
/// that could carry more gives d(a) ≥ v + d(b); one that carries flow gives d(a) ≤ v + d(b). Offers may always leave capacity
/// unsold (u ≥ 0) and requirements unmet (w ≥ 0); unsold capacity forces u = 0, unmet demand w = 0.</para>
/// <para>Such a set is a lattice: the componentwise largest solution is the shortest-path distance from the outside node
/// (Bellman–Ford, exact in integers), the smallest the negated distance to it. The largest d maximises every u and minimises
/// every w at once (the seller-optimal point); the smallest does the opposite (buyer-optimal).</para>
/// </remarks>
internal sealed class DualFace
{
    private const long Unbounded = long.MaxValue;

    private DualFace(long[] supplyLow, long[] supplyHigh, long[] supplySolver, long[] demandLow, long[] demandHigh, long[] demandSolver)
    {
        DemandSolver = demandSolver;
        SupplyLow = supplyLow;
        SupplyHigh = supplyHigh;
        SupplySolver = supplySolver;
        DemandLow = demandLow;
        DemandHigh = demandHigh;
    }

    /// <summary>Per supply, the smallest u over all optimal duals (value units per step).</summary>
    public long[] SupplyLow { get; }

    /// <summary>Per supply, the largest u over all optimal duals.</summary>
    public long[] SupplyHigh { get; }

    /// <summary>Per supply, u in the solver's dual, or in the largest optimal dual below it where the solver's leaves the set.</summary>
    public long[] SupplySolver { get; }

    /// <summary>Per demand, the smallest w over all optimal duals.</summary>
    public long[] DemandLow { get; }

    /// <summary>Per demand, the largest w over all optimal duals.</summary>
    public long[] DemandHigh { get; }

    /// <summary>Per demand, w in the same optimal dual as <see cref="SupplySolver"/>.</summary>
    public long[] DemandSolver { get; }

    /// <summary>Works out the set from an optimal total-value solution of <paramref name="problem"/>.</summary>
    /// <param name="problem">The allocation network.</param>
    /// <param name="optimal">An optimal solution of it for <see cref="MatchObjective.TotalValue"/>, with the solver's shadow values.</param>
    /// <param name="cancellationToken">Stops the shortest-path passes.</param>
    public static DualFace Compute(AllocationProblem problem, AllocationResult optimal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(optimal);
        var layout = NetworkLayout.Of(problem);
        var n = layout.NodeCount;
        const int outside = 1;
        var sold = new long[problem.Supplies.Count];
        var met = new long[problem.Demands.Count];
        var inflow = new long[n];
        for (var k = 0; k < problem.Links.Count; k++)
        {
            var link = problem.Links[k];
            var x = optimal.Flows[k];
            sold[link.Supply] += x;
            met[link.Demand] += x;
            inflow[layout.LinkHeads[k]] += x;
        }

        // Supplier cap arcs feed country nodes or requirements; country cap arcs feed requirements: supplier arcs first.
        var caps = layout.CapArcs.OrderBy(c => c.Kind == CapKind.Supplier ? 0 : 1).ToArray();
        var capFlow = new long[caps.Length];
        for (var c = 0; c < caps.Length; c++)
        {
            capFlow[c] = inflow[caps[c].Tail];
            inflow[caps[c].Head] += capFlow[c];
        }

        // value-v arc a→b: room to carry more → d(b) ≤ d(a) − v; carrying flow → d(a) ≤ d(b) + v. The edges are listed twice, to
        // count them per node and then to place them, both ways at once: no list of a million edges in between.
        void Edges(Action<int, int, long> edge)
        {
            void Arc(int a, int b, long v, bool more, bool carries)
            {
                if (more)
                {
                    edge(a, b, -v);
                }

                if (carries)
                {
                    edge(b, a, v);
                }
            }

            edge(0, outside, 0);
            edge(outside, 0, 0);
            for (var k = 0; k < problem.Links.Count; k++)
            {
                var link = problem.Links[k];
                var x = optimal.Flows[k];
                Arc(2 + link.Supply, layout.LinkHeads[k], link.Value, !IsOwnLimit(problem, link) || x < Capacity(problem, link), x > 0);
            }

            for (var c = 0; c < caps.Length; c++)
            {
                Arc(caps[c].Tail, caps[c].Head, 0, capFlow[c] < caps[c].Capacity, capFlow[c] > 0);
            }

            for (var i = 0; i < problem.Supplies.Count; i++)
            {
                Arc(2 + i, outside, 0, true, sold[i] < problem.Supplies[i].Capacity);
            }

            for (var j = 0; j < problem.Demands.Count; j++)
            {
                Arc(outside, layout.DemandNode(j), 0, true, met[j] < problem.Demands[j].Target);
            }
        }

        var forward = new Adjacency(n);
        var backward = new Adjacency(n);
        Edges((from, to, _) =>
        {
            forward.Count(from);
            backward.Count(to);
        });
        forward.Open();
        backward.Open();
        Edges((from, to, weight) =>
        {
            forward.Place(from, to, weight);
            backward.Place(to, from, weight);
        });

        var high = ShortestPaths(forward, outside, cancellationToken);
        var toOutside = ShortestPaths(backward, outside, cancellationToken);
        var low = toOutside.Select(t => t == Unbounded ? Unbounded : -t).ToArray();
        for (var v = 0; v < n; v++)
        {
            (low[v], high[v]) = (low[v], high[v]) switch
            {
                (Unbounded, Unbounded) => (0, 0),
                (Unbounded, var h) => (h, h),
                (var l, Unbounded) => (l, l),
                var both => both,
            };
        }

        var solver = (long[])high.Clone();
        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            solver[2 + i] = optimal.SupplyShadowValues.Count > i ? optimal.SupplyShadowValues[i] : high[2 + i];
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            solver[layout.DemandNode(j)] = optimal.DemandShadowValues.Count > j ? -optimal.DemandShadowValues[j] : high[layout.DemandNode(j)];
        }

        solver[outside] = 0;
        for (var v = 0; v < n; v++)
        {
            solver[v] = Math.Clamp(solver[v], low[v], high[v]);
        }

        Settle(solver, forward, cancellationToken);
        return new DualFace(
            [.. Enumerable.Range(0, problem.Supplies.Count).Select(i => low[2 + i])],
            [.. Enumerable.Range(0, problem.Supplies.Count).Select(i => high[2 + i])],
            [.. Enumerable.Range(0, problem.Supplies.Count).Select(i => solver[2 + i])],
            [.. Enumerable.Range(0, problem.Demands.Count).Select(j => -high[layout.DemandNode(j)])],
            [.. Enumerable.Range(0, problem.Demands.Count).Select(j => -low[layout.DemandNode(j)])],
            [.. Enumerable.Range(0, problem.Demands.Count).Select(j => -solver[layout.DemandNode(j)])]);
    }

    /// <summary>
    /// Whether a link's capacity (clipped to its requirement's share caps, as the solver builds it) is a limit below both its offer's
    /// capacity and its requirement's target, rather than one they already impose. An implied limit changes no allocation, so it is left out: otherwise its dual would take rent that is the buyer's
    /// or the seller's (a buyer whose whole target one link can fill would seem to have no value of its own).
    /// </summary>
    public static bool IsOwnLimit(AllocationProblem problem, AllocationLink link)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Capacity(problem, link) < Math.Min(problem.Supplies[link.Supply].Capacity, problem.Demands[link.Demand].Target);
    }

    /// <summary>The link's arc capacity as the solver builds it: its own limit, clipped to its requirement's share caps.</summary>
    public static long Capacity(AllocationProblem problem, AllocationLink link)
    {
        return Math.Max(0, Math.Min(link.Capacity, problem.Demands[link.Demand].LinkCap));
    }

    // Queue-based Bellman–Ford: shortest distances from the source (or, on the reversed arcs, to it); an optimal flow has no
    // negative cycle. The distances are unique, so the order arcs are scanned in does not change them.
    private static long[] ShortestPaths(Adjacency adjacency, int source, CancellationToken cancellationToken)
    {
        var distance = new long[adjacency.NodeCount];
        Array.Fill(distance, Unbounded);
        distance[source] = 0;
        Relax(distance, adjacency, [source], cancellationToken);
        return distance;
    }

    // Lowers d until every constraint d(to) ≤ d(from) + w holds: the largest solution below the start, when one exists above a feasible point.
    private static void Settle(long[] d, Adjacency adjacency, CancellationToken cancellationToken) =>
        Relax(d, adjacency, Enumerable.Range(0, d.Length), cancellationToken);

    private static void Relax(long[] distance, Adjacency adjacency, IEnumerable<int> start, CancellationToken cancellationToken)
    {
        var n = distance.Length;
        var queue = new Queue<int>(start);
        var queued = new bool[n];
        var passes = new int[n];
        foreach (var v in queue)
        {
            queued[v] = true;
        }

        var work = 0;
        while (queue.Count > 0)
        {
            if ((++work & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var v = queue.Dequeue();
            queued[v] = false;
            if (distance[v] == Unbounded)
            {
                continue;
            }

            for (var e = adjacency.Start[v]; e < adjacency.Start[v + 1]; e++)
            {
                var to = adjacency.To[e];
                var candidate = distance[v] + adjacency.Weight[e];
                if (candidate >= distance[to])
                {
                    continue;
                }

                distance[to] = candidate;
                if (++passes[to] > n)
                {
                    throw new InvalidOperationException("The allocation's dual has a negative cycle: the flow handed to the pricing stage is not optimal.");
                }

                if (!queued[to])
                {
                    queued[to] = true;
                    queue.Enqueue(to);
                }
            }
        }
    }

    // The difference constraints' arcs by tail (or by head, reversed) in flat arrays: counted per node first, then placed in the
    // order they come.
    private sealed class Adjacency(int n)
    {
        private int[] _next = [];

        public int NodeCount => n;

        public int[] Start { get; } = new int[n + 1];

        public int[] To { get; private set; } = [];

        public long[] Weight { get; private set; } = [];

        public void Count(int tail) => Start[tail + 1]++;

        // After every edge is counted: each node's range, and room for the edges.
        public void Open()
        {
            for (var v = 0; v < n; v++)
            {
                Start[v + 1] += Start[v];
            }

            _next = Start[..^1];
            To = new int[Start[n]];
            Weight = new long[Start[n]];
        }

        public void Place(int tail, int head, long weight)
        {
            var at = _next[tail]++;
            To[at] = head;
            Weight[at] = weight;
        }
    }
}
