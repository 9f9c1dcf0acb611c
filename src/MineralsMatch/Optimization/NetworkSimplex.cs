namespace MineralsMatch.Optimization;

/// <summary>
/// A minimum-cost flow solver: the primal network simplex method with a choice of pivot rules,
/// and Goldberg's cost scaling for large transshipment networks where the simplex's tree grows deep,
/// chosen automatically; exact integer arithmetic and reusable buffers.
/// </summary>
/// <remarks>
/// <para>
/// Build a problem with <see cref="AddArc"/> and <see cref="SetSupply"/>, call
/// <see cref="Solve"/>, then read <see cref="OptimalCost"/>, <see cref="Flow"/> and
/// <see cref="Potential"/>. Nodes are the integers <c>0 .. NodeCount - 1</c>; the node count is
/// one more than the largest node index passed to either method. A positive supply makes a node
/// a source, a negative one a sink; the supplies must sum to zero.
/// </para>
/// <para>
/// <b>Potentials.</b> The reduced cost of an arc is
/// <c>unitCost + Potential(tail) - Potential(head)</c>. At an optimum it is non-negative for every
/// arc whose flow is below its capacity and non-positive for every arc whose flow is above zero,
/// which certifies optimality (complementary slackness). So <c>-Potential(v)</c> is the marginal
/// cost of delivering one more unit at <c>v</c>: potentials are the dual prices, defined up to a
/// common constant. Nodes that no arc with slack connects may differ by a large artificial
/// constant; compare potentials within one connected market only.
/// </para>
/// <para>
/// <b>Limits.</b> <see cref="Solve"/> returns <see cref="NetworkSimplexStatus.BadInput"/> rather
/// than risk an overflow when a capacity is negative, when the largest absolute unit cost exceeds
/// <c>(long.MaxValue - 4) / (4 * (NodeCount + 2))</c> (about 2.3·10¹² for a million nodes), or
/// when the sum of all capacities plus the sum of positive supplies exceeds
/// <see cref="long.MaxValue"/>. Use the total supply, not <see cref="long.MaxValue"/>, as the
/// capacity of an unbounded arc. The optimal cost is computed in <see cref="Int128"/>.
/// </para>
/// <para>
/// <b>Reuse.</b> <see cref="Clear"/> forgets the problem but keeps every buffer, so building and
/// solving a problem no larger than an earlier one allocates nothing. The solver is not
/// thread-safe; use one instance per thread.
/// </para>
/// <para>
/// Results are deterministic: the same arcs added in the same order give the same flows,
/// potentials and pivot count.
/// </para>
/// </remarks>
/// <example>
/// Two mines ship to two smelters; the cheapest plan costs 2·3 + 2·1 + 3·2 = 14:
/// <code>
/// var flow = new NetworkSimplex();
/// int a = flow.AddArc(0, 2, capacity: 5, unitCost: 3);
/// int b = flow.AddArc(0, 3, capacity: 5, unitCost: 1);
/// int c = flow.AddArc(1, 2, capacity: 5, unitCost: 2);
/// int d = flow.AddArc(1, 3, capacity: 5, unitCost: 4);
/// flow.SetSupply(0, 4);
/// flow.SetSupply(1, 3);
/// flow.SetSupply(2, -5);
/// flow.SetSupply(3, -2);
/// if (flow.Solve() == NetworkSimplexStatus.Optimal)
/// {
///     Console.WriteLine(flow.OptimalCost);  // 14
///     Console.WriteLine(flow.Flow(a));      // 2
/// }
/// </code>
/// </example>
public sealed partial class NetworkSimplex
{
    private const int DefaultNodeCapacity = 16;
    private const int DefaultArcCapacity = 64;

    // The arcs live in the working arrays only (see NetworkSimplex.Workspace): arc a at slot _arcPosition[a].
    private long[] _nodeSupply;
    private int _nodeCount;
    private int _arcCount;

    private NetworkSimplexStatus _status;
    private NetworkSimplexPivotRule _pivotRule = NetworkSimplexPivotRule.AdaptiveBlockSearch;
    private MinCostFlowAlgorithm _algorithm = MinCostFlowAlgorithm.Automatic;
    private Int128 _optimalCost;
    private long _pivotCount;
    private MinCostFlowAlgorithm _algorithmUsed = MinCostFlowAlgorithm.NetworkSimplex;

    /// <summary>Creates an empty solver.</summary>
    public NetworkSimplex()
        : this(DefaultNodeCapacity, DefaultArcCapacity)
    {
    }

    /// <summary>Creates an empty solver with room for the given numbers of nodes and arcs.</summary>
    /// <param name="nodeCapacity">How many nodes to reserve room for; the solver grows past it.</param>
    /// <param name="arcCapacity">How many arcs to reserve room for; the solver grows past it.</param>
    /// <exception cref="ArgumentOutOfRangeException">A capacity hint is negative.</exception>
    public NetworkSimplex(int nodeCapacity, int arcCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCapacity);
        ArgumentOutOfRangeException.ThrowIfNegative(arcCapacity);
        _nodeSupply = new long[nodeCapacity];
        InitializeWorkspace(nodeCapacity, arcCapacity);
    }

    /// <summary>Gets the number of nodes: one more than the largest node index seen.</summary>
    public int NodeCount => _nodeCount;

    /// <summary>Gets the number of arcs added since construction or the last <see cref="Clear"/>.</summary>
    public int ArcCount => _arcCount;

    /// <summary>Gets the status of the last <see cref="Solve"/>, or <see cref="NetworkSimplexStatus.NotSolved"/> after a change.</summary>
    public NetworkSimplexStatus Status => _status;

    /// <summary>
    /// Gets the number of simplex pivots the last <see cref="Solve"/> performed, including
    /// degenerate ones; after cost scaling, the number of pushes and relabels.
    /// </summary>
    public long PivotCount => _pivotCount;

    /// <summary>Gets how many node potentials the last network-simplex solve moved, summed over its pivots (its main work).</summary>
    internal long PotentialUpdates => _potentialUpdates;

    /// <summary>Gets the pivots the last <see cref="MinCostFlowAlgorithm.Automatic"/> solve ran before it abandoned the network simplex for cost scaling (0 when it did not).</summary>
    internal long AbandonedPivots => _abandonedPivots;

    /// <summary>Gets or sets how many potentials per arc the network simplex may move under <see cref="MinCostFlowAlgorithm.Automatic"/> before cost scaling takes over (tests lower it).</summary>
    internal long AutomaticWorkPerArc { get; set; } = DefaultAutomaticWorkPerArc;

    /// <summary>Gets or sets for how many pivots per node <see cref="MinCostFlowAlgorithm.Automatic"/> holds the simplex to an eighth of its budget (tests set 0 to switch that off).</summary>
    internal long AutomaticEarlyPivotsPerNode { get; set; } = DefaultEarlyPivotsPerNode;

    /// <summary>Gets or sets how the network simplex chooses entering arcs; <see cref="NetworkSimplexPivotRule.AdaptiveBlockSearch"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined rule.</exception>
    public NetworkSimplexPivotRule PivotRule
    {
        get => _pivotRule;
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Pivot rule must be BlockSearch, CandidateList or AdaptiveBlockSearch.");
            }

            _pivotRule = value;
            _status = NetworkSimplexStatus.NotSolved;
        }
    }

    /// <summary>Gets or sets the algorithm <see cref="Solve"/> runs; <see cref="MinCostFlowAlgorithm.Automatic"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined algorithm.</exception>
    public MinCostFlowAlgorithm Algorithm
    {
        get => _algorithm;
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Algorithm must be Automatic, NetworkSimplex or CostScaling.");
            }

            _algorithm = value;
            _status = NetworkSimplexStatus.NotSolved;
        }
    }

    /// <summary>
    /// Gets the algorithm that produced the last <see cref="Solve"/>'s result (never <see cref="MinCostFlowAlgorithm.Automatic"/>;
    /// <see cref="MinCostFlowAlgorithm.CostScaling"/> when the automatic choice abandoned the network simplex for it).
    /// </summary>
    public MinCostFlowAlgorithm AlgorithmUsed => _algorithmUsed;

    /// <summary>Gets the total cost <c>Σ Flow(a) · unitCost(a)</c> of the optimal flow.</summary>
    /// <exception cref="InvalidOperationException">The last solve did not end <see cref="NetworkSimplexStatus.Optimal"/>.</exception>
    public Int128 OptimalCost
    {
        get
        {
            EnsureOptimal();
            return _optimalCost;
        }
    }

    /// <summary>Adds an arc and returns its index (0, 1, 2, ... in the order of addition).</summary>
    /// <param name="tail">The node the flow leaves.</param>
    /// <param name="head">The node the flow enters; may equal <paramref name="tail"/>.</param>
    /// <param name="capacity">The most flow the arc can carry; a negative value makes <see cref="Solve"/> report <see cref="NetworkSimplexStatus.BadInput"/>.</param>
    /// <param name="unitCost">The cost of one unit of flow on the arc; may be negative.</param>
    /// <returns>The index to pass to <see cref="Flow"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tail"/> or <paramref name="head"/> is negative.</exception>
    public int AddArc(int tail, int head, long capacity, long unitCost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tail);
        ArgumentOutOfRangeException.ThrowIfNegative(head);
        RestoreCallerOrder();
        int arc = _arcCount;
        if (arc == _source.Length)
        {
            ResizeArcSlots(Math.Max(arc + 1, (int)Math.Min(Array.MaxLength, 2L * arc)));
        }

        _source[arc] = tail;
        _target[arc] = head;
        _capacity[arc] = capacity;
        _cost[arc] = unitCost;
        _arcPosition[arc] = arc;
        _arcCount = arc + 1;
        EnsureNode(Math.Max(tail, head));
        _status = NetworkSimplexStatus.NotSolved;
        return arc;
    }

    /// <summary>Sets the supply of a node: positive for a source, negative for a sink, zero for transit.</summary>
    /// <param name="node">The node; the node count grows to include it.</param>
    /// <param name="supply">The net amount of flow the node must send out.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is negative.</exception>
    public void SetSupply(int node, long supply)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        EnsureNode(node);
        _nodeSupply[node] = supply;
        _status = NetworkSimplexStatus.NotSolved;
    }

    /// <summary>Changes the capacity of an existing arc.</summary>
    /// <param name="arc">The arc index returned by <see cref="AddArc"/>.</param>
    /// <param name="capacity">The new capacity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arc"/> is not an arc of this problem.</exception>
    public void SetArcCapacity(int arc, long capacity)
    {
        CheckArc(arc);
        _capacity[_arcPosition[arc]] = capacity;
        _status = NetworkSimplexStatus.NotSolved;
    }

    /// <summary>Changes the unit cost of an existing arc.</summary>
    /// <param name="arc">The arc index returned by <see cref="AddArc"/>.</param>
    /// <param name="unitCost">The new unit cost.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arc"/> is not an arc of this problem.</exception>
    public void SetArcCost(int arc, long unitCost)
    {
        CheckArc(arc);
        _cost[_arcPosition[arc]] = unitCost;
        _status = NetworkSimplexStatus.NotSolved;
    }

    /// <summary>Gets the supply of a node (zero for a node never given one).</summary>
    /// <param name="node">The node.</param>
    /// <returns>The supply set by <see cref="SetSupply"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node of this problem.</exception>
    public long Supply(int node)
    {
        CheckNode(node);
        return _nodeSupply[node];
    }

    /// <summary>Gets the tail (the node the flow leaves) of an arc.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The tail node.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arc"/> is not an arc of this problem.</exception>
    public int Tail(int arc)
    {
        CheckArc(arc);
        return _source[_arcPosition[arc]];
    }

    /// <summary>Gets the head (the node the flow enters) of an arc.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The head node.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arc"/> is not an arc of this problem.</exception>
    public int Head(int arc)
    {
        CheckArc(arc);
        return _target[_arcPosition[arc]];
    }

    /// <summary>Gets the capacity of an arc.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The capacity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arc"/> is not an arc of this problem.</exception>
    public long Capacity(int arc)
    {
        CheckArc(arc);
        return _capacity[_arcPosition[arc]];
    }

    /// <summary>Gets the unit cost of an arc.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The unit cost.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arc"/> is not an arc of this problem.</exception>
    public long UnitCost(int arc)
    {
        CheckArc(arc);
        return _cost[_arcPosition[arc]];
    }

    /// <summary>Gets the optimal flow on an arc.</summary>
    /// <param name="arc">The arc index returned by <see cref="AddArc"/>.</param>
    /// <returns>A flow between zero and the arc's capacity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arc"/> is not an arc of this problem.</exception>
    /// <exception cref="InvalidOperationException">The last solve did not end <see cref="NetworkSimplexStatus.Optimal"/>.</exception>
    public long Flow(int arc)
    {
        CheckArc(arc);
        EnsureOptimal();
        return _flow[_arcPosition[arc]];
    }

    /// <summary>Gets the optimal potential (dual price) of a node; see the remarks on <see cref="NetworkSimplex"/> for its sign.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The potential <c>π(node)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node of this problem.</exception>
    /// <exception cref="InvalidOperationException">The last solve did not end <see cref="NetworkSimplexStatus.Optimal"/>.</exception>
    public long Potential(int node)
    {
        CheckNode(node);
        EnsureOptimal();
        return _potential[node];
    }

    /// <summary>Gets the reduced cost <c>unitCost + Potential(tail) - Potential(head)</c> of an arc at the optimum.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The reduced cost: zero on arcs strictly between their bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arc"/> is not an arc of this problem.</exception>
    /// <exception cref="InvalidOperationException">The last solve did not end <see cref="NetworkSimplexStatus.Optimal"/>.</exception>
    public long ReducedCost(int arc)
    {
        CheckArc(arc);
        EnsureOptimal();
        int slot = _arcPosition[arc];
        return _cost[slot] + _potential[_source[slot]] - _potential[_target[slot]];
    }

    /// <summary>Removes every node and arc but keeps the buffers for the next problem.</summary>
    public void Clear()
    {
        Array.Clear(_nodeSupply, 0, _nodeCount);
        _nodeCount = 0;
        _arcCount = 0;
        _arcStride = 1;
        _status = NetworkSimplexStatus.NotSolved;
        _optimalCost = 0;
        _pivotCount = 0;
    }

    private void EnsureNode(int node)
    {
        if (node < _nodeCount)
        {
            return;
        }

        if (node >= _nodeSupply.Length)
        {
            int size = Math.Max(node + 1, (int)Math.Min(Array.MaxLength, 2L * _nodeSupply.Length));
            Array.Resize(ref _nodeSupply, size);
        }

        _nodeCount = node + 1;
    }

    private void CheckArc(int arc)
    {
        if ((uint)arc >= (uint)_arcCount)
        {
            throw new ArgumentOutOfRangeException(nameof(arc), arc, $"Arc index must be in 0..{_arcCount - 1}.");
        }
    }

    private void CheckNode(int node)
    {
        if ((uint)node >= (uint)_nodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(node), node, $"Node index must be in 0..{_nodeCount - 1}.");
        }
    }

    private void EnsureOptimal()
    {
        if (_status != NetworkSimplexStatus.Optimal)
        {
            throw new InvalidOperationException(
                $"Flows, potentials and the optimal cost are available only after Solve() returned Optimal; the status is {_status}.");
        }
    }
}
