using MineralsMatch.Matching.Allocation;

namespace MineralsMatch.Matching.Pricing;

/// <summary>
/// Cheapest ways to move one more unit through an optimal allocation: into an unmet requirement, or out of an offer with unsold
/// capacity, as shortest paths in the residual network of the optimal flow (costs are values with the sign turned).
/// </summary>
/// <remarks>
/// <para>The flow is read as a circulation through an outside node: unsold capacity runs offer → outside, unmet demand
/// outside → requirement. One more unit for requirement j is a cycle outside → … → j → outside whose last arc lowers j's unmet
/// demand; its cost c ≥ 0 (the flow is optimal) is the value j's pairings must gain before j is served, and the path's smallest
/// residual capacity is the volume that serves at that cost. An offer is the mirror image: a cycle from the offer to outside.</para>
/// <para>Each query is one queue-based Bellman–Ford pass. All queries of one run share a budget of relaxations, so a market of a
/// million pairs with thousands of shortfalls cannot stall the run: queries past the budget report <see cref="ReservationStatus.NotComputed"/>.</para>
/// <para>Queries share working arrays: one instance answers one query at a time.</para>
/// </remarks>
internal sealed class ResidualPaths
{
    /// <summary>Relaxations all queries of one run may take together (about a tenth of a second).</summary>
    public const long DefaultBudget = 20_000_000;

    private const int Outside = 1;
    private const long Unbounded = long.MaxValue;
    private readonly int _supplyBase;
    private readonly NetworkLayout _layout;
    private readonly long[] _unmet;
    private readonly long[] _unsold;

    // Every node's edges out, one node after another in the order they were added: node v's are _edges[_start[v].._start[v + 1]).
    private readonly int[] _start;
    private readonly Edge[] _edges;
    private int[]? _next;
    private long _budget;

    // The shortest-path queries' working arrays, made on the first query.
    private long[]? _distance;
    private (int Node, Edge Edge)[]? _previous;
    private bool[]? _queued;
    private int[]? _passes;
    private readonly Queue<int> _queue = new();

    private ResidualPaths(AllocationProblem problem, IReadOnlyList<long> flows, long budget)
    {
        _layout = NetworkLayout.Of(problem);
        _supplyBase = 2;
        _budget = budget;
        _unsold = new long[problem.Supplies.Count];
        _unmet = new long[problem.Demands.Count];

        // Two passes over the same edges: the first counts each node's, the second places them.
        _start = new int[_layout.NodeCount + 1];
        _edges = [];
        Wire(problem, flows);
        for (var v = 0; v < _layout.NodeCount; v++)
        {
            _start[v + 1] += _start[v];
        }

        _edges = new Edge[_start[^1]];
        _next = _start[..^1];
        Wire(problem, flows);
        _next = null;
    }

    private void Wire(AllocationProblem problem, IReadOnlyList<long> flows)
    {
        var sold = new long[problem.Supplies.Count];
        var met = new long[problem.Demands.Count];
        var inflow = new long[_layout.NodeCount];

        // Read as spans (a problem's links are a value list, and so are a result's flows) and each demand's share caps once: this
        // runs twice over every link.
        var links = ((Collections.ValueList<AllocationLink>)problem.Links).Span;
        var flow = flows is Collections.ValueList<long> list ? list.Span : [.. flows];
        var heads = _layout.LinkHeads;
        var capOfDemand = new long[problem.Demands.Count];
        for (var j = 0; j < capOfDemand.Length; j++)
        {
            capOfDemand[j] = problem.Demands[j].LinkCap;
        }

        for (var k = 0; k < links.Length; k++)
        {
            ref readonly var link = ref links[k];
            var x = flow[k];
            sold[link.Supply] += x;
            met[link.Demand] += x;
            inflow[heads[k]] += x;

            // The link's capacity as the network has it (DualFace.Capacity): its own, within its demand's share caps.
            var capacity = Math.Max(0, Math.Min(link.Capacity, capOfDemand[link.Demand]));
            Add(_supplyBase + link.Supply, heads[k], -link.Value, capacity - x, x, k);
        }

        foreach (var cap in _layout.CapArcs.OrderBy(c => c.Kind == CapKind.Supplier ? 0 : 1))
        {
            var x = inflow[cap.Tail];
            inflow[cap.Head] += x;
            Add(cap.Tail, cap.Head, 0, cap.Capacity - x, x, -1);
        }

        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            _unsold[i] = problem.Supplies[i].Capacity - sold[i];
            Add(_supplyBase + i, Outside, 0, sold[i], _unsold[i], -1);
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            _unmet[j] = Math.Max(0, problem.Demands[j].Target - met[j]);
            Add(Outside, _layout.DemandNode(j), 0, met[j], _unmet[j], -1);
        }
    }

    /// <summary>Builds the residual network of <paramref name="flows"/>, an optimal total-value flow of <paramref name="problem"/>.</summary>
    /// <param name="problem">The allocation network.</param>
    /// <param name="flows">Its optimal flow per link.</param>
    /// <param name="budget">Relaxations all later queries may take together.</param>
    /// <returns>The residual network.</returns>
    public static ResidualPaths Of(AllocationProblem problem, IReadOnlyList<long> flows, long budget = DefaultBudget) => new(problem, flows, budget);

    /// <summary>The cheapest cycle that gives requirement <paramref name="demand"/> one more step.</summary>
    /// <param name="demand">The requirement's index.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>Its cost, volume and the link that delivers it; <see cref="ResidualPath.Unreachable"/> when none exists, <see cref="ResidualPath.NoShortfall"/> when the optimum leaves none unmet.</returns>
    public ResidualPath IntoDemand(int demand, CancellationToken cancellationToken)
    {
        var target = _layout.DemandNode(demand);
        return _unmet[demand] <= 0 ? ResidualPath.NoShortfall : Shortest(Outside, target, skipFrom: Outside, skipTo: target, _unmet[demand], cancellationToken);
    }

    /// <summary>The cheapest cycle that sells one more step of offer <paramref name="supply"/>.</summary>
    /// <param name="supply">The offer's index.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>Its cost, volume and the link that takes it; <see cref="ResidualPath.Unreachable"/> when none exists, <see cref="ResidualPath.NoShortfall"/> when the optimum sells it all.</returns>
    public ResidualPath OutOfSupply(int supply, CancellationToken cancellationToken)
    {
        var source = _supplyBase + supply;
        return _unsold[supply] <= 0 ? ResidualPath.NoShortfall : Shortest(source, Outside, skipFrom: source, skipTo: Outside, _unsold[supply], cancellationToken);
    }

    private void Add(int from, int to, long value, long forward, long backward, int link)
    {
        if (forward > 0)
        {
            Place(from, new Edge(value, forward, to, link));
        }

        if (backward > 0)
        {
            Place(to, new Edge(-value, backward, from, -1));
        }
    }

    // Counting pass: one more edge out of the node; placing pass: the edge in the node's next slot.
    private void Place(int node, Edge edge)
    {
        if (_next is null)
        {
            _start[node + 1]++;
        }
        else
        {
            _edges[_next[node]++] = edge;
        }
    }

    private ResidualPath Shortest(int source, int target, int skipFrom, int skipTo, long limit, CancellationToken cancellationToken)
    {
        // One set of per-node arrays serves every query (a query per unsold offer and unmet requirement: on a large market,
        // thousands, each array tens of kilobytes); a query starts them afresh. The predecessor of a node is read only once
        // the node is reached, so it needs no clearing.
        var n = _layout.NodeCount;
        var distance = _distance ??= new long[n];
        var previous = _previous ??= new (int Node, Edge Edge)[n];
        var queued = _queued ??= new bool[n];
        var passes = _passes ??= new int[n];
        var queue = _queue;
        Array.Fill(distance, Unbounded);
        Array.Clear(queued);
        Array.Clear(passes);
        queue.Clear();
        distance[source] = 0;
        queue.Enqueue(source);
        queued[source] = true;
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            queued[v] = false;
            for (var e = _start[v]; e < _start[v + 1]; e++)
            {
                ref readonly var edge = ref _edges[e];
                if (--_budget < 0)
                {
                    return ResidualPath.NotComputed;
                }

                if ((_budget & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if ((v == skipFrom && edge.To == skipTo) || edge.To == source)
                {
                    continue;
                }

                var candidate = distance[v] + edge.Cost;
                if (candidate >= distance[edge.To])
                {
                    continue;
                }

                distance[edge.To] = candidate;
                previous[edge.To] = (v, edge);
                if (++passes[edge.To] > n)
                {
                    throw new InvalidOperationException("The residual network has a negative cycle: the flow handed to the pricing stage is not optimal.");
                }

                if (!queued[edge.To] && edge.To != target)
                {
                    queued[edge.To] = true;
                    queue.Enqueue(edge.To);
                }
            }
        }

        if (distance[target] == Unbounded)
        {
            return ResidualPath.Unreachable;
        }

        // Walk back: the bottleneck, and the link the unit crosses first (out of an offer) or last (into a requirement).
        var volume = limit;
        var firstLink = -1;
        var lastLink = -1;
        for (var v = target; v != source;)
        {
            var (from, edge) = previous[v];
            volume = Math.Min(volume, edge.Residual);
            if (edge.ForwardLink >= 0)
            {
                lastLink = lastLink < 0 ? edge.ForwardLink : lastLink;
                firstLink = edge.ForwardLink;
            }

            v = from;
        }

        return new ResidualPath(ReservationStatus.Priced, Math.Max(0, distance[target]), volume, firstLink, lastLink);
    }

    // ForwardLink: the link of an edge that carries more along a link, −1 for any other edge (a link's edge back, a cap's, an
    // offer's or a requirement's). The 8-byte fields first, so the edge takes 24 bytes (32 with a flag of its own).
    private readonly record struct Edge(long Cost, long Residual, int To, int ForwardLink);
}
