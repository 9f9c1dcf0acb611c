using Google.OrTools.Graph;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>A min-cost-flow problem as plain arrays in canonical arc order, loadable into either solver.</summary>
internal sealed class FlowInstance(string name, int nodeCount, int[] tail, int[] head, long[] capacity, long[] cost, long[] supply)
{
    public string Name { get; } = name;

    public int NodeCount { get; } = nodeCount;

    public int ArcCount => Tail.Length;

    public int[] Tail { get; } = tail;

    public int[] Head { get; } = head;

    public long[] Capacity { get; } = capacity;

    public long[] Cost { get; } = cost;

    public long[] Supply { get; } = supply;

    public static FlowInstance FromSolver(string name, NetworkSimplex flow)
    {
        int m = flow.ArcCount;
        var tail = new int[m];
        var head = new int[m];
        var capacity = new long[m];
        var cost = new long[m];
        for (int a = 0; a < m; a++)
        {
            tail[a] = flow.Tail(a);
            head[a] = flow.Head(a);
            capacity[a] = flow.Capacity(a);
            cost[a] = flow.UnitCost(a);
        }

        var supply = new long[flow.NodeCount];
        for (int v = 0; v < supply.Length; v++)
        {
            supply[v] = flow.Supply(v);
        }

        return new FlowInstance(name, flow.NodeCount, tail, head, capacity, cost, supply);
    }

    /// <summary>Clears the solver, builds this problem in it, solves and reads every flow back.</summary>
    public NetworkSimplexStatus SolveManaged(NetworkSimplex flow, long[] flows)
    {
        flow.Clear();
        int[] tail = Tail;
        int[] head = Head;
        long[] capacity = Capacity;
        long[] cost = Cost;
        for (int a = 0; a < tail.Length; a++)
        {
            flow.AddArc(tail[a], head[a], capacity[a], cost[a]);
        }

        long[] supply = Supply;
        for (int v = 0; v < supply.Length; v++)
        {
            flow.SetSupply(v, supply[v]);
        }

        NetworkSimplexStatus status = flow.Solve();
        if (status == NetworkSimplexStatus.Optimal)
        {
            for (int a = 0; a < tail.Length; a++)
            {
                flows[a] = flow.Flow(a);
            }
        }

        return status;
    }

    /// <summary>Builds this problem in OR-Tools' MinCostFlow, solves it and reads every flow back; returns the OR-Tools status and cost.</summary>
    public (MinCostFlowBase.Status Status, long Cost) SolveOrTools(long[] flows)
    {
        using var solver = new MinCostFlow(NodeCount, ArcCount);
        int[] tail = Tail;
        int[] head = Head;
        long[] capacity = Capacity;
        long[] cost = Cost;
        for (int a = 0; a < tail.Length; a++)
        {
            solver.AddArcWithCapacityAndUnitCost(tail[a], head[a], capacity[a], cost[a]);
        }

        long[] supply = Supply;
        for (int v = 0; v < supply.Length; v++)
        {
            solver.SetNodeSupply(v, supply[v]);
        }

        MinCostFlowBase.Status status = solver.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            return (status, 0);
        }

        for (int a = 0; a < tail.Length; a++)
        {
            flows[a] = solver.Flow(a);
        }

        return (status, solver.OptimalCost());
    }

    public void LoadInto(NetworkSimplex flow)
    {
        flow.Clear();
        for (int a = 0; a < ArcCount; a++)
        {
            flow.AddArc(Tail[a], Head[a], Capacity[a], Cost[a]);
        }

        for (int v = 0; v < NodeCount; v++)
        {
            flow.SetSupply(v, Supply[v]);
        }
    }
}
