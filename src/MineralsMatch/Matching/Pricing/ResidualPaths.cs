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

    // What an edge's residual capacity and link are read from (Edge.Code): the links and their flows, and the residual of each
    // edge that is not a link's, numbered as they are placed.
    private readonly Collections.ValueList<AllocationLink> _links;
    private readonly IReadOnlyList<long> _flows;
    private readonly long[] _capOfDemand;
    private readonly List<long> _otherResiduals = [];
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
        _links = (Collections.ValueList<AllocationLink>)problem.Links;
        _flows = flows;
        _capOfDemand = new long[problem.Demands.Count];
        for (var j = 0; j < _capOfDemand.Length; j++)
        {
            _capOfDemand[j] = problem.Demands[j].LinkCap;
        }

        // Two passes over the same edges: the first counts each node's, the second places them.
        _start = new int[_layout.NodeCount + 1];
        _edges = [];
        Wire(problem);
        for (var v = 0; v < _layout.NodeCount; v++)
        {
            _start[v + 1] += _start[v];
        }

        _edges = new Edge[_start[^1]];
        _next = _start[..^1];
        Wire(problem);
        _next = null;
    }

    private void Wire(AllocationProblem problem)
    {
        var sold = new long[problem.Supplies.Count];
        var met = new long[problem.Demands.Count];
        var inflow = new long[_layout.NodeCount];

        // The links read as a span (a problem's links are a value list); the flows through the list (a sparse list when few links
        // carry flow, as a rule): this runs twice over every link.
        var links = _links.Span;
        var flow = _flows;
        var heads = _layout.LinkHeads;

        for (var k = 0; k < links.Length; k++)
        {
            ref readonly var link = ref links[k];
            var x = flow[k];
            sold[link.Supply] += x;
            met[link.Demand] += x;
            inflow[heads[k]] += x;

            if (LinkCapacity(link) - x > 0)
            {
                Place(_supplyBase + link.Supply, new Edge(-link.Value, heads[k], 2 * k));
            }

            if (x > 0)
            {
                Place(heads[k], new Edge(link.Value, _supplyBase + link.Supply, (2 * k) + 1));
            }
        }

        foreach (var cap in _layout.CapArcs.OrderBy(c => c.Kind == CapKind.Supplier ? 0 : 1))
        {
            var x = inflow[cap.Tail];
            inflow[cap.Head] += x;
            Add(cap.Tail, cap.Head, 0, cap.Capacity - x, x);
        }

        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            _unsold[i] = problem.Supplies[i].Capacity - sold[i];
            Add(_supplyBase + i, Outside, 0, sold[i], _unsold[i]);
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            _unmet[j] = Math.Max(0, problem.Demands[j].Target - met[j]);
            Add(Outside, _layout.DemandNode(j), 0, met[j], _unmet[j]);
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

    // An edge that is not a link's, both ways: its residual is kept aside (in the placing pass) and its code is ~ its number.
    private void Add(int from, int to, long value, long forward, long backward)
    {
        if (forward > 0)
        {
            Place(from, new Edge(value, to, Other(forward)));
        }

        if (backward > 0)
        {
            Place(to, new Edge(-value, from, Other(backward)));
        }
    }

    private int Other(long residual)
    {
        if (_next is null)
        {
            return -1;
        }

        _otherResiduals.Add(residual);
        return ~(_otherResiduals.Count - 1);
    }

    // The link's capacity as the network has it (DualFace.Capacity): its own, within its demand's share caps.
    private long LinkCapacity(in AllocationLink link) => Math.Max(0, Math.Min(link.Capacity, _capOfDemand[link.Demand]));

    // An edge's residual capacity: a link's forward edge has what its capacity leaves above its flow, its edge back the flow.
    private long Residual(int code)
    {
        if (code < 0)
        {
            return _otherResiduals[~code];
        }

        var k = code >> 1;
        return (code & 1) == 0 ? LinkCapacity(_links[k]) - _flows[k] : _flows[k];
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
            volume = Math.Min(volume, Residual(edge.Code));
            if (edge.Code >= 0 && (edge.Code & 1) == 0)
            {
                lastLink = lastLink < 0 ? edge.Code >> 1 : lastLink;
                firstLink = edge.Code >> 1;
            }

            v = from;
        }

        return new ResidualPath(ReservationStatus.Priced, Math.Max(0, distance[target]), volume, firstLink, lastLink);
    }

    // Code: 2k for the edge that carries more along link k, 2k + 1 for its edge back, ~e for the e-th other edge (a cap's, an
    // offer's or a requirement's); the residual capacity is read through it (Residual) on the way back, so an edge takes 16
    // bytes instead of 24.
    private readonly record struct Edge(long Cost, int To, int Code);
}
