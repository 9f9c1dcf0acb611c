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

    // Per problem object, its layout: the solver, the dual face and the residual paths of one network share one build. Keyed
    // by reference, so a `with` copy of a problem (other links) gets its own.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AllocationProblem, NetworkLayout> Layouts = new();

    /// <summary>The layout of <paramref name="problem"/>, built once per problem object and shared by every stage that reads it (it is never changed).</summary>
    public static NetworkLayout Of(AllocationProblem problem) => Layouts.GetValue(problem, Build);

    /// <remarks>
    /// Links into uncapped requirements are placed in one pass; a capped requirement's links are bucketed by requirement (a
    /// counting sort over those links only), sorted by supplier rank then index, and their entries bucketed by country (a
    /// stable counting sort); suppliers and countries are ranked once in ordinal order, so groups, nodes and cap arcs come out
    /// in the order the network has always had (supplier groups and country groups in ordinal order, links in index order
    /// within them).
    /// </remarks>
    public static NetworkLayout Build(AllocationProblem problem)
    {
        var supplies = problem.Supplies;
        var links = problem.Links;
        var firstDemandNode = 2 + supplies.Count;
        var next = firstDemandNode + problem.Demands.Count;
        var linkHeads = new int[links.Count];
        var capArcs = new List<CapArc>();
        var countryNodes = 0;

        var (supplierRank, suppliers) = Ranks(supplies, static s => s.Supplier);
        var (countryRank, countries) = Ranks(supplies, static s => s.Country);

        // A link into a requirement without share caps goes straight into it. A capped requirement's links are gathered by
        // requirement (a counting sort over those links only, in index order) and then, per requirement, put in supplier order
        // (ordinal) and index order within a supplier: no array over every link is made for the grouping.
        var capped = new bool[problem.Demands.Count];
        for (var j = 0; j < capped.Length; j++)
        {
            capped[j] = problem.Demands[j].SupplierCap is not null || problem.Demands[j].CountryCap is not null;
        }

        var cappedStart = new int[problem.Demands.Count + 1];
        for (var k = 0; k < links.Count; k++)
        {
            var j = links[k].Demand;
            if (capped[j])
            {
                cappedStart[j + 1]++;
            }
            else
            {
                linkHeads[k] = firstDemandNode + j;
            }
        }

        for (var j = 0; j < capped.Length; j++)
        {
            cappedStart[j + 1] += cappedStart[j];
        }

        var cappedLinks = new int[cappedStart[^1]];
        var nextCapped = cappedStart[..^1];
        for (var k = 0; k < links.Count; k++)
        {
            var j = links[k].Demand;
            if (capped[j])
            {
                cappedLinks[nextCapped[j]++] = k;
            }
        }

        var keys = new List<long>();
        var entries = new List<Entry>();
        long[] byCountry = [];
        var countryStart = new int[countries.Length + 1];
        for (var j = 0; j < problem.Demands.Count; j++)
        {
            if (!capped[j])
            {
                continue;
            }

            var demand = problem.Demands[j];
            var demandNode = firstDemandNode + j;

            // First layer: entries are links, or supplier nodes gathering several links of one supplier (already in order).
            keys.Clear();
            for (var at = cappedStart[j]; at < cappedStart[j + 1]; at++)
            {
                var k = cappedLinks[at];
                keys.Add(((long)supplierRank[links[k].Supply] << 32) | (uint)k);
            }

            // Supplier rank first, link index within a rank.
            keys.Sort();

            entries.Clear();
            for (var first = 0; first < keys.Count;)
            {
                var rank = (int)(keys[first] >> 32);
                var end = first;
                long sum = 0;
                while (end < keys.Count && (int)(keys[end] >> 32) == rank)
                {
                    var capacity = links[(int)(uint)keys[end]].Capacity;
                    sum = checked(sum + capacity);
                    end++;
                }

                var country = countryRank[links[(int)(uint)keys[first]].Supply];
                if (demand.SupplierCap is { } supplierCap && end - first > 1 && sum > supplierCap)
                {
                    var node = next++;
                    for (var at = first; at < end; at++)
                    {
                        linkHeads[(int)(uint)keys[at]] = node;
                    }

                    entries.Add(new Entry(-1, node, supplierCap, country, rank));
                }
                else
                {
                    for (var at = first; at < end; at++)
                    {
                        var k = (int)(uint)keys[at];
                        entries.Add(new Entry(k, -1, links[k].Capacity, country, rank));
                    }
                }

                first = end;
            }

            // Second layer: entries of one country meet in a country node where the country cap can bind. Entries by country
            // rank, in entry order within a country: a stable counting sort over the few countries.
            Array.Clear(countryStart);
            foreach (var entry in entries)
            {
                countryStart[entry.Country + 1]++;
            }

            for (var c = 0; c < countries.Length; c++)
            {
                countryStart[c + 1] += countryStart[c];
            }

            if (byCountry.Length < entries.Count)
            {
                byCountry = new long[Math.Max(entries.Count, 2 * byCountry.Length)];
            }

            for (var e = 0; e < entries.Count; e++)
            {
                byCountry[countryStart[entries[e].Country]++] = ((long)entries[e].Country << 32) | (uint)e;
            }
            for (var first = 0; first < entries.Count;)
            {
                var country = (int)(byCountry[first] >> 32);
                var end = first;
                long sum = 0;
                while (end < entries.Count && (int)(byCountry[end] >> 32) == country)
                {
                    if (demand.CountryCap is not null)
                    {
                        var capacity = entries[(int)(uint)byCountry[end]].Capacity;
                        sum = checked(sum + capacity);
                    }

                    end++;
                }

                var head = demandNode;
                if (demand.CountryCap is { } countryCap && sum > countryCap)
                {
                    head = next++;
                    countryNodes++;
                    capArcs.Add(new CapArc(head, demandNode, countryCap, j, CapKind.Country, countries[country]));
                }

                for (var at = first; at < end; at++)
                {
                    var entry = entries[(int)(uint)byCountry[at]];
                    if (entry.Link >= 0)
                    {
                        linkHeads[entry.Link] = head;
                    }
                    else
                    {
                        capArcs.Add(new CapArc(entry.Node, head, entry.Capacity, j, CapKind.Supplier, suppliers[entry.Supplier]));
                    }
                }

                first = end;
            }
        }

        return new NetworkLayout(firstDemandNode, linkHeads, capArcs, next, countryNodes);
    }

    // Per supply, the rank of its key among the distinct keys in ordinal order; and the keys by rank.
    private static (int[] Rank, string[] Keys) Ranks(IReadOnlyList<AllocationSupply> supplies, Func<AllocationSupply, string> key)
    {
        var keys = supplies.Select(key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var r = 0; r < keys.Length; r++)
        {
            index[keys[r]] = r;
        }

        var rank = new int[supplies.Count];
        for (var i = 0; i < supplies.Count; i++)
        {
            rank[i] = index[key(supplies[i])];
        }

        return (rank, keys);
    }

    // A first-layer entry: a link (Node −1) or a supplier node (Link −1), with its country's and supplier's ranks.
    private readonly record struct Entry(int Link, int Node, long Capacity, int Country, int Supplier);
}
