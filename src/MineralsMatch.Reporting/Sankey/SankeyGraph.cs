using MineralsMatch.Contracts;
using MineralsMatch.Reporting.Formatting;

namespace MineralsMatch.Reporting.Sankey;

/// <summary>The producer → route → buyer flows of a result, aggregated by annual traded value.</summary>
/// <remarks>
/// Value (USD per year at the base price) is the quantity the diagram encodes: volumes of different units cannot be
/// summed, money can. Proposals with no value add nothing. Nodes and links come out in ordinal id order.
/// </remarks>
internal sealed class SankeyGraph
{
    private SankeyGraph(IReadOnlyList<SankeyNode> nodes, IReadOnlyList<SankeyLink> links)
    {
        Nodes = nodes;
        Links = links;
    }

    /// <summary>All nodes: producers, then routes, then buyers, each by id.</summary>
    public IReadOnlyList<SankeyNode> Nodes { get; }

    /// <summary>All links: producer → route, then route → buyer, each by (source id, target id).</summary>
    public IReadOnlyList<SankeyLink> Links { get; }

    /// <summary>The total annual value through one column (the same for each).</summary>
    public decimal Total => Nodes.Where(n => n.Column == SankeyColumn.Producer).Sum(n => n.Value);

    /// <summary>The nodes of one column, in id order.</summary>
    public IEnumerable<SankeyNode> Column(SankeyColumn column) => Nodes.Where(n => n.Column == column);

    /// <summary>Aggregates the proposals of a result.</summary>
    public static SankeyGraph From(IEnumerable<ContractProposal> proposals) => From(proposals, []);

    /// <summary>Aggregates the proposals of a result and, as separate links marked lost, the proposals a variant lost.</summary>
    public static SankeyGraph From(IEnumerable<ContractProposal> proposals, IEnumerable<ContractProposal> lost)
    {
        var nodes = new SortedDictionary<(SankeyColumn, string), SankeyNode>(NodeKeyComparer.Instance);
        var links = new SortedDictionary<(SankeyColumn, string, string), SankeyLink>(LinkKeyComparer.Instance);
        foreach (var (p, isLost) in proposals.Select(p => (p, false)).Concat(lost.Select(p => (p, true))))
        {
            var value = ProposalValue.AnnualTurnover(p);
            if (value <= 0m)
            {
                continue;
            }

            var producer = Node(nodes, SankeyColumn.Producer, p.Supplier);
            var route = Node(nodes, SankeyColumn.Route, p.Route);
            var buyer = Node(nodes, SankeyColumn.Buyer, p.Buyer);
            producer.Value += value;
            route.Value += value;
            buyer.Value += value;
            Add(Link(links, producer, route, isLost), p, value);
            Add(Link(links, route, buyer, isLost), p, value);
        }

        return new SankeyGraph([.. nodes.Values], [.. links.Values]);
    }

    private static SankeyNode Node(SortedDictionary<(SankeyColumn, string), SankeyNode> nodes, SankeyColumn column, string id)
    {
        if (!nodes.TryGetValue((column, id), out var node))
        {
            node = new SankeyNode(column, id);
            nodes.Add((column, id), node);
        }

        return node;
    }

    private static SankeyLink Link(SortedDictionary<(SankeyColumn, string, string), SankeyLink> links, SankeyNode source, SankeyNode target, bool lost)
    {
        // A lost flow between the same nodes stays its own link (the key sorts after the kept one).
        var key = (source.Column, source.Id, lost ? target.Id + "\u0001lost" : target.Id);
        if (!links.TryGetValue(key, out var link))
        {
            link = new SankeyLink(source, target) { Lost = lost };
            links.Add(key, link);
        }

        return link;
    }

    private static void Add(SankeyLink link, ContractProposal p, decimal value)
    {
        link.Value += value;
        link.Volumes[p.AnnualVolume.Unit] = link.Volumes.GetValueOrDefault(p.AnnualVolume.Unit) + p.AnnualVolume.Amount;
        link.BySupplier[p.Supplier] = link.BySupplier.GetValueOrDefault(p.Supplier) + value;
        link.Buyers.Add(p.Buyer);
    }

    private sealed class NodeKeyComparer : IComparer<(SankeyColumn Column, string Id)>
    {
        public static readonly NodeKeyComparer Instance = new();

        public int Compare((SankeyColumn Column, string Id) x, (SankeyColumn Column, string Id) y)
        {
            var byColumn = x.Column.CompareTo(y.Column);
            return byColumn != 0 ? byColumn : string.CompareOrdinal(x.Id, y.Id);
        }
    }

    private sealed class LinkKeyComparer : IComparer<(SankeyColumn Column, string Source, string Target)>
    {
        public static readonly LinkKeyComparer Instance = new();

        public int Compare((SankeyColumn Column, string Source, string Target) x, (SankeyColumn Column, string Source, string Target) y)
        {
            var byColumn = x.Column.CompareTo(y.Column);
            if (byColumn != 0)
            {
                return byColumn;
            }

            var bySource = string.CompareOrdinal(x.Source, y.Source);
            return bySource != 0 ? bySource : string.CompareOrdinal(x.Target, y.Target);
        }
    }
}
