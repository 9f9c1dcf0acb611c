using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>
/// Renumbering the working nodes in the order of the tree's preorder walk, so that the walks over a subtree (its potentials'
/// shift after a pivot) read consecutive memory instead of chasing the thread through arrays larger than the cache.
/// </content>
public sealed partial class NetworkSimplex
{
    // From this many nodes the simplex renumbers its nodes along the thread: below it the node arrays (33 bytes per node)
    // fit in a core's cache and the walk is cheap wherever the nodes lie.
    private const int DefaultRenumberMinNodes = 1 << 12;

    // The simplex renumbers once it has moved this many potentials per arc and node since the last renumbering: the
    // renumbering itself costs a pass over the arcs and the nodes, so it is paid for by at most as much work again.
    private const double DefaultRenumberWork = 4.0;

    // _originalNode[w] is the caller's node that working node w stands for (the root n stays n); _renumbered says whether
    // it differs from the identity. _nodeMap and the spare arrays are the renumbering's scratch, sized like the node arrays.
    private int[] _originalNode = [];
    private int[] _nodeMap = [];
    private int[] _spareInt = [];
    private long[] _spareLong = [];
    private sbyte[] _spareSbyte = [];
    private bool _renumbered;
    private int _renumberings;

    /// <summary>Gets or sets the node count from which the simplex renumbers its nodes along the tree (tests set 0 to exercise it on small inputs).</summary>
    internal int RenumberMinNodes { get; set; } = DefaultRenumberMinNodes;

    /// <summary>Gets how many times the last network-simplex solve renumbered its nodes.</summary>
    internal int Renumberings => _renumberings;

    /// <summary>Gets or sets the potentials moved per arc and node between two renumberings (benchmarks tune it; 0 never renumbers).</summary>
    internal double RenumberWork { get; set; } = DefaultRenumberWork;

    /// <summary>Potentials moved between two renumberings for this problem, or 0 when the simplex does not renumber.</summary>
    private long RenumberInterval() =>
        _nodeCount >= RenumberMinNodes && RenumberWork > 0 ? Math.Max((long)(RenumberWork * ((long)_arcCount + _nodeCount)), 1) : 0;

    /// <summary>
    /// Sizes the scratch like the node arrays (renumbering swaps arrays with their spares, so every node array of one type
    /// must have the same length) and starts from the caller's numbers.
    /// </summary>
    private void EnsureRenumberingSpace()
    {
        int length = _parent.Length;
        if (_spareInt.Length != length)
        {
            _originalNode = GC.AllocateUninitializedArray<int>(length);
            _nodeMap = GC.AllocateUninitializedArray<int>(length);
            _spareInt = GC.AllocateUninitializedArray<int>(length);
            _spareLong = GC.AllocateUninitializedArray<long>(length);
            _spareSbyte = GC.AllocateUninitializedArray<sbyte>(length);
        }

        for (int v = 0; v <= _nodeCount; v++)
        {
            _originalNode[v] = v;
        }

        _renumbered = false;
    }

    /// <summary>Numbers the nodes 0, 1, … in the order of the thread from the root (the root keeps n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RenumberAlongThread()
    {
        int n = _nodeCount;
        int[] map = _nodeMap;
        int[] thread = _thread;
        map[n] = n;
        int k = 0;
        for (int v = thread[n]; v != n; v = thread[v])
        {
            map[v] = k++;
        }

        ApplyNodeMap();
        _renumbered = true;
        _renumberings++;
    }

    /// <summary>Gives every node back the caller's number, so potentials and the arcs' ends read as the caller built them.</summary>
    private void RestoreNodeNumbers()
    {
        if (!_renumbered)
        {
            return;
        }

        Array.Copy(_originalNode, _nodeMap, _nodeCount + 1);
        ApplyNodeMap();
        _renumbered = false;
    }

    /// <summary>Moves every node v to _nodeMap[v]: the node arrays, the node numbers they hold, and the ends of every working arc.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ApplyNodeMap()
    {
        int slots = _nodeCount + 1;
        int[] map = _nodeMap;
        _parent = MoveNodeValues(_parent, map, slots);
        _thread = MoveNodeValues(_thread, map, slots);
        _revThread = MoveNodeValues(_revThread, map, slots);
        _lastSucc = MoveNodeValues(_lastSucc, map, slots);
        _pred = MoveNodes(_pred, map, slots);
        _succNum = MoveNodes(_succNum, map, slots);
        _originalNode = MoveNodes(_originalNode, map, slots);

        long[] potential = _potential;
        long[] spareLong = _spareLong;
        for (int v = 0; v < slots; v++)
        {
            spareLong[map[v]] = potential[v];
        }

        _spareLong = potential;
        _potential = spareLong;

        sbyte[] direction = _predDirection;
        sbyte[] spareSbyte = _spareSbyte;
        for (int v = 0; v < slots; v++)
        {
            spareSbyte[map[v]] = direction[v];
        }

        _spareSbyte = direction;
        _predDirection = spareSbyte;

        int arcs = _arcCount + _nodeCount;
        Span<int> source = _source.AsSpan(0, arcs);
        Span<int> target = _target.AsSpan(0, arcs);
        for (int e = 0; e < source.Length; e++)
        {
            source[e] = map[source[e]];
            target[e] = map[target[e]];
        }
    }

    /// <summary>Moves an array indexed by node; returns the array that now holds it (the other becomes the spare).</summary>
    private int[] MoveNodes(int[] values, int[] map, int slots)
    {
        int[] moved = _spareInt;
        for (int v = 0; v < slots; v++)
        {
            moved[map[v]] = values[v];
        }

        _spareInt = values;
        return moved;
    }

    /// <summary>Moves an array indexed by node whose values are nodes too (-1 stays -1).</summary>
    private int[] MoveNodeValues(int[] values, int[] map, int slots)
    {
        int[] moved = _spareInt;
        for (int v = 0; v < slots; v++)
        {
            int value = values[v];
            moved[map[v]] = value < 0 ? value : map[value];
        }

        _spareInt = values;
        return moved;
    }
}
