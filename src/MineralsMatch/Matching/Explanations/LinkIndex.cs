namespace MineralsMatch.Matching.Explanations;

/// <summary>
/// The links of every node (supply or demand) in link order, as one array cut into a segment per node: built by counting, in two
/// passes over the links, with no list or grouping per node.
/// </summary>
internal sealed class LinkIndex
{
    private readonly int[] _start;
    private readonly int[] _links;

    public LinkIndex(int nodes, int links, Func<int, int> nodeOf)
    {
        _start = new int[nodes + 1];
        var node = new int[links];
        for (var k = 0; k < links; k++)
        {
            node[k] = nodeOf(k);
            _start[node[k] + 1]++;
        }

        for (var v = 0; v < nodes; v++)
        {
            _start[v + 1] += _start[v];
        }

        _links = new int[links];
        var next = _start[..^1];
        for (var k = 0; k < links; k++)
        {
            _links[next[node[k]]++] = k;
        }
    }

    /// <summary>The links of <paramref name="node"/>, in link order (empty for a node without links).</summary>
    public ArraySegment<int> this[int node] =>
        node >= 0 && node + 1 < _start.Length ? new ArraySegment<int>(_links, _start[node], _start[node + 1] - _start[node]) : ArraySegment<int>.Empty;
}
