namespace MineralsMatch.Optimization;

/// <content>The solver's working arrays and the starting spanning tree.</content>
public sealed partial class NetworkSimplex
{
    // Arc states; the value doubles as the sign that turns a reduced cost into "how much a
    // pivot on this arc would gain": arcs at their lower bound gain by increasing flow,
    // arcs at their upper bound by decreasing it, tree arcs by nothing.
    private const sbyte StateUpper = -1;
    private const sbyte StateTree = 0;
    private const sbyte StateLower = 1;

    // Direction of a node's tree arc: Up when the arc runs node -> parent, Down when parent -> node.
    private const sbyte DirectionUp = 1;
    private const sbyte DirectionDown = -1;

    // Working arcs: the caller's m arcs, the only copy of them (arc a at slot _arcPosition[a]: a while the problem is
    // built, spread in place by a stride when the simplex solves it, so each pricing block samples the whole network;
    // see NetworkSimplex.ArcLayout), then one artificial arc per node at slots m .. m+n-1.
    private int[] _source = [];
    private int[] _target = [];
    private long[] _cost = [];
    private long[] _capacity = [];
    private long[] _flow = [];
    private sbyte[] _state = [];
    private int[] _arcPosition = [];

    // The spanning tree over nodes 0 .. n, where n is the artificial root. For every node v:
    //   _parent[v]     parent in the tree (-1 for the root);
    //   _pred[v]       the working arc joining v to its parent; _predDirection[v] its direction;
    //   _thread[v]     next node in a preorder walk of the tree, cyclic (the last node points to the root);
    //   _revThread[v]  previous node in that walk, so _revThread[_thread[v]] == v;
    //   _succNum[v]    number of nodes in the subtree of v, v included;
    //   _lastSucc[v]   last node of v's subtree in the walk, so the subtree is the contiguous
    //                  thread segment v .. _lastSucc[v] and has _succNum[v] nodes;
    //   _potential[v]  π(v), kept so every tree arc has reduced cost zero, with π(root) = 0.
    private int[] _parent = [];
    private int[] _pred = [];
    private sbyte[] _predDirection = [];
    private int[] _thread = [];
    private int[] _revThread = [];
    private int[] _succNum = [];
    private int[] _lastSucc = [];
    private long[] _potential = [];

    private int _blockSize;
    private int _nextArc;

    // Candidate-list pricing (see FindEnteringArc): _candidates[0 .. _candidateCount) is the hot
    // list; during a block scan both arrays are the buffer of the block's violating arcs.
    private int[] _candidates = [];
    private long[] _candidateCost = [];
    private int _candidateCount;
    private long _hotThreshold;
    private int _minorLeft;
    private int _hotListLength;
    private int _minorPivots;

    /// <summary>Gets or sets whether arcs are spread by a stride in the pricing order (on by default); off prices them in the order added.</summary>
    internal bool MixArcs { get; set; } = true;

    /// <summary>Gets or sets the node count from which candidate-list pricing is used (tests set 0 to exercise it on small inputs).</summary>
    internal int HotListMinNodes { get; set; } = DefaultHotListMinNodes;

    private void InitializeWorkspace(int nodeCapacity, int arcCapacity)
    {
        EnsureWorkspace(arcCapacity, nodeCapacity);
    }

    private void EnsureWorkspace(int arcs, int nodes)
    {
        int arcSlots = arcs + nodes;
        if (_source.Length < arcSlots)
        {
            ResizeArcSlots(arcSlots);
        }

        int nodeSlots = nodes + 1;
        if (_parent.Length < nodeSlots)
        {
            _parent = GC.AllocateUninitializedArray<int>(nodeSlots);
            _pred = GC.AllocateUninitializedArray<int>(nodeSlots);
            _predDirection = GC.AllocateUninitializedArray<sbyte>(nodeSlots);
            _thread = GC.AllocateUninitializedArray<int>(nodeSlots);
            _revThread = GC.AllocateUninitializedArray<int>(nodeSlots);
            _succNum = GC.AllocateUninitializedArray<int>(nodeSlots);
            _lastSucc = GC.AllocateUninitializedArray<int>(nodeSlots);
            _potential = GC.AllocateUninitializedArray<long>(nodeSlots);
        }
    }

    private void BuildStartingTree(long maxAbsCost)
    {
        int m = _arcCount;
        int n = _nodeCount;
        EnsureWorkspace(m, n);
        SpreadArcs(MixArcs ? Math.Max(m / Math.Max(n, 1), 3) : 1);
        _renumbered = false;
        _renumberings = 0;

        // Big enough that any path of real arcs is cheaper than one unit through the root, so
        // artificial flow survives only when no feasible flow exists; Validate keeps it in range.
        long artificialCost = ((long)n + 1) * maxAbsCost + 1;
        int root = n;
        int[] source = _source;
        int[] target = _target;
        long[] cost = _cost;
        long[] capacity = _capacity;
        long[] flow = _flow;
        sbyte[] state = _state;
        long[] supply = _nodeSupply;

        // Start from the star: every node hangs from the root by its artificial arc, which
        // carries the node's whole supply, and the preorder walk is root, 0, 1, ..., n-1.
        // Sources send to the root at cost 0 and the root feeds sinks at the big cost, so every
        // zero-flow tree arc points towards the root: the tree is strongly feasible.
        for (int v = 0; v < n; v++)
        {
            int e = m + v;
            _parent[v] = root;
            _pred[v] = e;
            _thread[v] = v + 1;
            _revThread[v + 1] = v;
            _succNum[v] = 1;
            _lastSucc[v] = v;
            state[e] = StateTree;
            capacity[e] = long.MaxValue;
            long b = supply[v];
            if (b >= 0)
            {
                _predDirection[v] = DirectionUp;
                source[e] = v;
                target[e] = root;
                flow[e] = b;
                cost[e] = 0;
                _potential[v] = 0;
            }
            else
            {
                _predDirection[v] = DirectionDown;
                source[e] = root;
                target[e] = v;
                flow[e] = -b;
                cost[e] = artificialCost;
                _potential[v] = artificialCost;
            }
        }

        _parent[root] = -1;
        _pred[root] = -1;
        _predDirection[root] = 0;
        _thread[root] = n > 0 ? 0 : root;
        _revThread[n > 0 ? 0 : root] = root;
        _succNum[root] = n + 1;
        _lastSucc[root] = n > 0 ? n - 1 : root;
        _potential[root] = 0;

        bool candidateList = _pivotRule == NetworkSimplexPivotRule.CandidateList;
        _blockSize = candidateList ? CandidateListBlockSize(m, n) : BlockSearchBlockSize(m);
        SmallestBlockSize = _blockSize;
        _nextArc = 0;
        if (_candidates.Length < _blockSize + 1)
        {
            _candidates = GC.AllocateUninitializedArray<int>(_blockSize + 1);
            _candidateCost = GC.AllocateUninitializedArray<long>(_blockSize + 1);
        }

        _candidateCount = 0;
        _minorLeft = 0;
        _hotThreshold = 0;
        _minorPivots = candidateList && n >= HotListMinNodes ? HotListMinorPivots : 0;
        _hotListLength = Math.Max(_blockSize / HotListBlockDivisor, 1);
    }

    /// <summary>
    /// Arcs priced per block by <see cref="NetworkSimplexPivotRule.CandidateList"/>: √m / 4, but at least m / n (one node's share of the arcs) and
    /// <see cref="MinBlockSize"/>. LEMON's √m scans four times as many arcs per pivot yet
    /// saves at most 10–25 % of the pivots (none on T-country); measured in docs/performance.md (about 2× faster on T-skew
    /// and T-sparse at 10⁶ arcs, 1.3–2.5× on T-country). The m / n floor keeps complete
    /// bipartite inputs (few nodes, many arcs each) at the √m speed, where smaller blocks
    /// pick so much worse arcs that the pivots nearly double.
    /// </summary>
    private static int CandidateListBlockSize(int m, int n) =>
        Math.Max(Math.Max((int)(Math.Sqrt(m) / 4), m / Math.Max(n, 1)), MinBlockSize);

    /// <summary>LEMON's block: max(√m, <see cref="MinBlockSize"/>) arcs.</summary>
    private static int BlockSearchBlockSize(int m) => Math.Max((int)Math.Sqrt(m), MinBlockSize);
}
