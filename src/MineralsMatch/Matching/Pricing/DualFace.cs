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
        // count them per node and then to place them, both ways at once: no list of a million edges in between. A link's edges
        // are codes read from the link (Adjacency); the few others are records, made on the first listing.
        var others = new List<Edge>();
        void Edges(Action<int, int, int> edge)
        {
            var other = 0;
            void Arc(int a, int b, long v, bool more, bool carries)
            {
                if (more)
                {
                    Other(a, b, -v);
                }

                if (carries)
                {
                    Other(b, a, v);
                }
            }

            void Other(int from, int to, long weight)
            {
                if (other == others.Count)
                {
                    others.Add(new Edge(from, to, weight));
                }

                edge(from, to, ~other++);
            }

            Other(0, outside, 0);
            Other(outside, 0, 0);
            for (var k = 0; k < problem.Links.Count; k++)
            {
                var link = problem.Links[k];
                var x = optimal.Flows[k];
                var (a, b) = (2 + link.Supply, layout.LinkHeads[k]);
                if (!IsOwnLimit(problem, link) || x < Capacity(problem, link))
                {
                    edge(a, b, 2 * k);
                }

                if (x > 0)
                {
                    edge(b, a, (2 * k) + 1);
                }
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

        var links = (Collections.ValueList<AllocationLink>)problem.Links;
        var forward = new Adjacency(n, links, layout.LinkHeads, others, reversed: false);
        var backward = new Adjacency(n, links, layout.LinkHeads, others, reversed: true);
        Edges((from, to, _) =>
        {
            forward.Count(from);
            backward.Count(to);
        });
        forward.Open();
        backward.Open();
        Edges((from, to, code) =>
        {
            forward.Place(from, code);
            backward.Place(to, code);
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
        var links = adjacency.Links.Span;
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
                var (to, weight) = adjacency.Read(adjacency.Codes[e], links);
                var candidate = distance[v] + weight;
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

    // A difference constraint d(To) ≤ d(From) + Weight that is not a link's.
    private readonly record struct Edge(int From, int To, long Weight);

    // The difference constraints' arcs by tail (or by head, reversed) in one flat array of codes: counted per node first, then
    // placed in the order they come. Code 2k is link k's arc offer → head at the value with the sign turned, 2k + 1 its arc
    // head → offer at the value, ~e the e-th other arc: 4 bytes an arc instead of a head and a weight.
    private sealed class Adjacency(int n, Collections.ValueList<AllocationLink> links, int[] heads, List<Edge> others, bool reversed)
    {
        private int[] _next = [];

        public int NodeCount => n;

        public Collections.ValueList<AllocationLink> Links => links;

        public int[] Start { get; } = new int[n + 1];

        public int[] Codes { get; private set; } = [];

        public void Count(int tail) => Start[tail + 1]++;

        // After every edge is counted: each node's range, and room for the edges.
        public void Open()
        {
            for (var v = 0; v < n; v++)
            {
                Start[v + 1] += Start[v];
            }

            _next = Start[..^1];
            Codes = new int[Start[n]];
        }

        public void Place(int tail, int code) => Codes[_next[tail]++] = code;

        // The node a code's arc leads to from where it is listed (its head, or reversed its tail), and its weight.
        public (int To, long Weight) Read(int code, ReadOnlySpan<AllocationLink> span)
        {
            if (code < 0)
            {
                var other = others[~code];
                return (reversed ? other.From : other.To, other.Weight);
            }

            var k = code >> 1;
            ref readonly var link = ref span[k];
            var toHead = ((code & 1) == 0) != reversed;
            return (toHead ? heads[k] : 2 + link.Supply, (code & 1) == 0 ? -link.Value : link.Value);
        }
    }
}
