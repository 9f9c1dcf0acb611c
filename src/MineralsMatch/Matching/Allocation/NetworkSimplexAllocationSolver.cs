using MineralsMatch.Optimization;

namespace MineralsMatch.Matching.Allocation;

/// <summary>
/// The default <see cref="IAllocationSolver"/>: the exact min-cost-flow formulation solved by <see cref="NetworkSimplex"/>.
/// </summary>
/// <remarks>
/// <para>Network: each offer node has its capacity as supply, each requirement node its target as demand.
/// Candidate links run offer → requirement at cost −value per step. Where a supplier's links into one
/// requirement could together exceed the requirement's supplier cap, they meet in a (requirement, supplier)
/// node whose outgoing arc carries the cap; likewise a (requirement, country) node where a country's
/// share could bind. Zero-cost "unsold" arcs (offer → sink) and "unmet" arcs (slack source → requirement)
/// keep every market feasible.</para>
/// <para>Coverage first weights each step by <c>priority × M + value</c> with <c>M = 2·n·max|value| + 1</c>,
/// large enough that no exchange of value can pay for a lost unit of priority-weighted coverage:
/// the result is exactly lexicographic.</para>
/// <para>Shadow values come from the node potentials: one more step of an offer's capacity is worth
/// <c>π(offer) − π(sink)</c>, one more step of a requirement's demand <c>π(slack) − π(requirement)</c>.</para>
/// </remarks>
public sealed class NetworkSimplexAllocationSolver : IAllocationSolver
{
    /// <summary>The counter of nodes in the network.</summary>
    public const string NodesCounter = "nodes";

    /// <summary>The counter of arcs in the network.</summary>
    public const string ArcsCounter = "arcs";

    /// <summary>The counter of (demand, country) nodes created because a country cap could bind.</summary>
    public const string CountryNodesCounter = "country-nodes";

    /// <summary>The counter of simplex pivots.</summary>
    public const string PivotsCounter = "pivots";

    private const int Unmet = 0;
    private const int Sink = 1;

    /// <inheritdoc />
    public AllocationResult Solve(AllocationProblem problem, CancellationToken cancellationToken = default)
    {
        try
        {
            return SolveNetwork(problem, cancellationToken);
        }
        catch (OverflowException ex)
        {
            throw new InvalidOperationException(TooLarge(), ex);
        }
    }

    private static string TooLarge() =>
        "The allocation network is too large for exact 64-bit arithmetic (volumes × values, or the coverage-first weights). Use a coarser volumeResolution or valueResolution, or split the market by product.";

    private static AllocationResult SolveNetwork(AllocationProblem problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var countries = problem.Supplies.GroupBy(s => s.Supplier, StringComparer.Ordinal).FirstOrDefault(g => g.Select(s => s.Country).Distinct(StringComparer.Ordinal).Count() > 1);
        if (countries is not null)
        {
            throw new ArgumentException($"Supplier '{countries.Key}' appears in more than one country; supplier and country caps must nest (a supplier belongs to one country).", nameof(problem));
        }

        var layout = NetworkLayout.Of(problem);
        var multiplier = problem.Objective == MatchObjective.CoverageFirst ? CoverageMultiplier(problem, layout.NodeCount) : 0L;
        // Market networks hang every offer and requirement off zero-cost slack arcs, so the
        // spanning tree stays shallow and the candidate-list rule is fastest (docs/performance.md).
        var flow = new NetworkSimplex(layout.NodeCount, problem.Links.Count + layout.CapArcs.Count + problem.Supplies.Count + problem.Demands.Count + 1)
        {
            Algorithm = MinCostFlowAlgorithm.NetworkSimplex,
            PivotRule = NetworkSimplexPivotRule.CandidateList,
        };

        // The links are the fresh network's first arcs, so link k is arc k (no array of arc numbers per link).
        for (var k = 0; k < problem.Links.Count; k++)
        {
            var link = problem.Links[k];
            var demand = problem.Demands[link.Demand];
            var cost = -checked((demand.Priority * multiplier) + link.Value);
            var capacity = Math.Min(link.Capacity, demand.LinkCap);
            flow.AddArc(SupplyNode(link.Supply), layout.LinkHeads[k], Math.Max(capacity, 0), cost);
        }

        var capArcs = new int[layout.CapArcs.Count];
        for (var c = 0; c < layout.CapArcs.Count; c++)
        {
            var cap = layout.CapArcs[c];
            capArcs[c] = flow.AddArc(cap.Tail, cap.Head, cap.Capacity, 0);
        }

        long totalSupply = 0, totalDemand = 0;
        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            var capacity = problem.Supplies[i].Capacity;
            flow.AddArc(SupplyNode(i), Sink, capacity, 0);
            flow.SetSupply(SupplyNode(i), capacity);
            totalSupply = checked(totalSupply + capacity);
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            var target = problem.Demands[j].Target;
            flow.AddArc(Unmet, layout.DemandNode(j), target, 0);
            flow.SetSupply(layout.DemandNode(j), -target);
            totalDemand = checked(totalDemand + target);
        }

        flow.AddArc(Unmet, Sink, totalSupply, 0);
        flow.SetSupply(Unmet, totalDemand);
        flow.SetSupply(Sink, -totalSupply);

        var status = flow.Solve(cancellationToken);
        if (status != NetworkSimplexStatus.Optimal)
        {
            throw new InvalidOperationException($"{TooLarge()} (solver status {status})");
        }

        var flows = Flows(flow, problem.Links.Count);

        var binding = new List<BindingCap>();
        for (var c = 0; c < capArcs.Length; c++)
        {
            var cap = layout.CapArcs[c];
            if (cap.Capacity > 0 && flow.Flow(capArcs[c]) == cap.Capacity)
            {
                binding.Add(new BindingCap(cap.Demand, cap.Kind, cap.Key));
            }
        }

        return new AllocationResult
        {
            Solver = "network-simplex",
            Status = AllocationStatus.Optimal,
            Flows = flows,
            SupplyShadowValues = [.. Enumerable.Range(0, problem.Supplies.Count).Select(i => ValuePart(flow.Potential(SupplyNode(i)) - flow.Potential(Sink), multiplier))],
            DemandShadowValues = [.. Enumerable.Range(0, problem.Demands.Count).Select(j => ValuePart(flow.Potential(Unmet) - flow.Potential(layout.DemandNode(j)), multiplier))],
            BindingCaps = binding,
            Objective = TotalValue(problem, flows),
            Counters =
            [
                new SolverCounter(NodesCounter, flow.NodeCount),
                new SolverCounter(ArcsCounter, flow.ArcCount),
                new SolverCounter(CountryNodesCounter, layout.CountryNodes),
                new SolverCounter(PivotsCounter, flow.PivotCount),
            ],
        };
    }

    private static int SupplyNode(int supply) => 2 + supply;

    // Σ flow × value over the links that carry flow (an exact sum: the order does not matter).
    private static Int128 TotalValue(AllocationProblem problem, IReadOnlyList<long> flows)
    {
        Int128 total = 0;
        if (flows is Collections.SparseList<long> sparse)
        {
            var values = sparse.StoredValues;
            var indices = sparse.StoredIndices;
            for (var at = 0; at < indices.Length; at++)
            {
                total += (Int128)values[at] * problem.Links[indices[at]].Value;
            }

            return total;
        }

        for (var k = 0; k < flows.Count; k++)
        {
            total += (Int128)flows[k] * problem.Links[k].Value;
        }

        return total;
    }

    private static long CoverageMultiplier(AllocationProblem problem, int nodeCount)
    {
        var maxValue = problem.Links.Count == 0 ? 0L : problem.Links.Max(l => Math.Abs(l.Value));
        return checked((2L * nodeCount * maxValue) + 1L);
    }

    // Potential differences along tree paths are (Σ priorities)·M + (Σ values) with |Σ values| < M / 2, so the
    // value part is the remainder nearest zero.
    private static long ValuePart(long shadow, long multiplier)
    {
        if (multiplier == 0)
        {
            return shadow;
        }

        var quotient = Math.Round((decimal)shadow / multiplier, MidpointRounding.ToEven);
        return shadow - ((long)quotient * multiplier);
    }

    // The links' flows, read into a list of the right length: sparse when fewer than half the links carry flow (a market of a
    // million links signs a few thousand), else an array.
    private static IReadOnlyList<long> Flows(NetworkSimplex flow, int links)
    {
        var carrying = 0;
        for (var k = 0; k < links; k++)
        {
            carrying += flow.Flow(k) != 0 ? 1 : 0;
        }

        if (carrying * 2L >= links)
        {
            var all = new long[links];
            for (var k = 0; k < all.Length; k++)
            {
                all[k] = flow.Flow(k);
            }

            return Collections.ValueList<long>.Own(all);
        }

        var (indices, values) = (new int[carrying], new long[carrying]);
        for (int k = 0, at = 0; at < carrying; k++)
        {
            if (flow.Flow(k) is var x and not 0)
            {
                (indices[at], values[at]) = (k, x);
                at++;
            }
        }

        return new Collections.SparseList<long>(links, 0L, indices, values);
    }
}
