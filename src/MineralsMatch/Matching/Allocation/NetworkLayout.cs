namespace MineralsMatch.Matching.Allocation;

/// <summary>
/// Where each link of an allocation problem enters the network: straight into its requirement, or into a
/// (requirement, supplier) / (requirement, country) node created only where that cap can bind.
/// </summary>
internal sealed class NetworkLayout
{
    private readonly int _firstDemandNode;

    private NetworkLayout(int firstDemandNode, int[] linkHeads, List<CapArc> capArcs, int nodeCount, int countryNodes)
    {
        _firstDemandNode = firstDemandNode;
        LinkHeads = linkHeads;
        CapArcs = capArcs;
        NodeCount = nodeCount;
        CountryNodes = countryNodes;
    }

    public int[] LinkHeads { get; }

    public List<CapArc> CapArcs { get; }

    public int NodeCount { get; }

    public int CountryNodes { get; }

    public int DemandNode(int demand) => _firstDemandNode + demand;

    public static NetworkLayout Build(AllocationProblem problem)
    {
        var firstDemandNode = 2 + problem.Supplies.Count;
        var next = firstDemandNode + problem.Demands.Count;
        var linkHeads = new int[problem.Links.Count];
        var capArcs = new List<CapArc>();
        var countryNodes = 0;
        var linksByDemand = Enumerable.Range(0, problem.Links.Count).ToLookup(k => problem.Links[k].Demand);
        for (var j = 0; j < problem.Demands.Count; j++)
        {
            var demand = problem.Demands[j];
            var demandNode = firstDemandNode + j;
            if (demand.SupplierCap is null && demand.CountryCap is null)
            {
                foreach (var k in linksByDemand[j])
                {
                    linkHeads[k] = demandNode;
                }

                continue;
            }

            // First layer: entries are links, or supplier nodes gathering several links of one supplier.
            var entries = new List<Entry>();
            foreach (var group in linksByDemand[j].GroupBy(k => problem.Supplies[problem.Links[k].Supply].Supplier, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var links = group.ToList();
                var sum = links.Sum(k => problem.Links[k].Capacity);
                var country = problem.Supplies[problem.Links[links[0]].Supply].Country;
                if (demand.SupplierCap is { } supplierCap && links.Count > 1 && sum > supplierCap)
                {
                    var node = next++;
                    links.ForEach(k => linkHeads[k] = node);
                    entries.Add(new Entry(null, node, supplierCap, country, group.Key));
                }
                else
                {
                    links.ForEach(k => entries.Add(new Entry(k, -1, problem.Links[k].Capacity, country, group.Key)));
                }
            }

            // Second layer: entries of one country meet in a country node where the country cap can bind.
            foreach (var group in entries.GroupBy(e => e.Country, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var members = group.ToList();
                var head = demandNode;
                if (demand.CountryCap is { } countryCap && members.Sum(e => e.Capacity) > countryCap)
                {
                    head = next++;
                    countryNodes++;
                    capArcs.Add(new CapArc(head, demandNode, countryCap, j, CapKind.Country, group.Key));
                }

                foreach (var entry in members)
                {
                    if (entry.Link is { } k)
                    {
                        linkHeads[k] = head;
                    }
                    else
                    {
                        capArcs.Add(new CapArc(entry.Node, head, entry.Capacity, j, CapKind.Supplier, entry.Supplier));
                    }
                }
            }
        }

        return new NetworkLayout(firstDemandNode, linkHeads, capArcs, next, countryNodes);
    }

    private sealed record Entry(int? Link, int Node, long Capacity, string Country, string Supplier);
}
