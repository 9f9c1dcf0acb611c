using Google.OrTools.Graph;
using MineralsMatch.Optimization;
using MineralsMatch.Testing;

namespace MineralsMatch.Tests.Optimization;

/// <summary>
/// A small seeded min-cost-flow problem mixing the awkward cases: zero capacities, negative
/// costs (so negative cycles), parallel arcs, self-loops, isolated nodes, infeasible and
/// unbalanced supplies.
/// </summary>
internal sealed class RandomFlowProblem
{
    private RandomFlowProblem(int nodes, (int Tail, int Head, long Capacity, long Cost)[] arcs, long[] supplies)
    {
        Nodes = nodes;
        Arcs = arcs;
        Supplies = supplies;
    }

    public int Nodes { get; }

    public (int Tail, int Head, long Capacity, long Cost)[] Arcs { get; }

    public long[] Supplies { get; }

    /// <summary>A problem of 2 to <paramref name="maxNodes"/> nodes and 0 to <paramref name="maxArcs"/> arcs, the same for the same arguments.</summary>
    public static RandomFlowProblem Create(ulong seed, int maxNodes = 40, int maxArcs = 150)
    {
        var random = new SplitMix64(seed);
        int nodes = random.Between(2, maxNodes);
        int arcCount = random.Between(0, maxArcs);
        int maxCapacity = random.Percent(50) ? 20 : 1000;
        int maxCost = random.Percent(50) ? 10 : 10_000;
        int negativePercent = random.Between(0, 3) * 15;
        var arcs = new (int, int, long, long)[arcCount];
        for (int a = 0; a < arcCount; a++)
        {
            int tail = random.Between(0, nodes - 1);
            int head = random.Percent(3) ? tail : random.Between(0, nodes - 1);
            if (a > 0 && random.Percent(10))
            {
                (tail, head, _, _) = arcs[random.Between(0, a - 1)];
            }

            long capacity = random.Percent(10) ? 0 : random.Between(1, maxCapacity);
            long cost = random.Percent(negativePercent) ? -random.Between(0, maxCost) : random.Between(0, maxCost);
            arcs[a] = (tail, head, capacity, cost);
        }

        var supplies = new long[nodes];
        int transfers = random.Between(0, nodes);
        for (int t = 0; t < transfers; t++)
        {
            long amount = random.Between(1, maxCapacity);
            supplies[random.Between(0, nodes - 1)] += amount;
            supplies[random.Between(0, nodes - 1)] -= amount;
        }

        if (random.Percent(8))
        {
            supplies[random.Between(0, nodes - 1)] += random.Percent(50) ? 1 : -7;
        }

        return new RandomFlowProblem(nodes, arcs, supplies);
    }

    public void LoadInto(NetworkSimplex flow)
    {
        foreach (var (tail, head, capacity, cost) in Arcs)
        {
            flow.AddArc(tail, head, capacity, cost);
        }

        for (int v = 0; v < Nodes; v++)
        {
            flow.SetSupply(v, Supplies[v]);
        }
    }

    /// <summary>Solves with OR-Tools and maps its status onto ours.</summary>
    public (NetworkSimplexStatus Status, long Cost) SolveWithOrTools()
    {
        using var oracle = new MinCostFlow();
        foreach (var (tail, head, capacity, cost) in Arcs)
        {
            oracle.AddArcWithCapacityAndUnitCost(tail, head, capacity, cost);
        }

        for (int v = 0; v < Nodes; v++)
        {
            oracle.SetNodeSupply(v, Supplies[v]);
        }

        MinCostFlowBase.Status status = oracle.Solve();
        return status switch
        {
            MinCostFlowBase.Status.OPTIMAL => (NetworkSimplexStatus.Optimal, oracle.OptimalCost()),
            MinCostFlowBase.Status.INFEASIBLE => (NetworkSimplexStatus.Infeasible, 0),
            MinCostFlowBase.Status.UNBALANCED => (NetworkSimplexStatus.Unbalanced, 0),
            _ => (NetworkSimplexStatus.BadInput, 0),
        };
    }
}
