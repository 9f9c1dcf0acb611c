using System.Diagnostics;
using Google.OrTools.Graph;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>Interleaved OR-Tools / managed timing of one instance, checking the two optima agree.</summary>
internal sealed class Measurement
{
    private Measurement(double orToolsMs, double managedMs, double orToolsMinMs, double managedMinMs, NetworkSimplexStatus status, Int128 cost, long orToolsCost, long pivots)
    {
        OrToolsMs = orToolsMs;
        ManagedMs = managedMs;
        OrToolsMinMs = orToolsMinMs;
        ManagedMinMs = managedMinMs;
        Status = status;
        Cost = cost;
        OrToolsCost = orToolsCost;
        Pivots = pivots;
    }

    public double OrToolsMs { get; }

    public double ManagedMs { get; }

    public double OrToolsMinMs { get; }

    public double ManagedMinMs { get; }

    public NetworkSimplexStatus Status { get; }

    public Int128 Cost { get; }

    public long OrToolsCost { get; }

    public long Pivots { get; }

    public double Ratio => OrToolsMs / ManagedMs;

    /// <summary>
    /// Warms both solvers up, then times interleaved pairs. Both sides include building the
    /// problem, solving and reading every flow; the managed side reuses one solver (Clear + build).
    /// </summary>
    public static Measurement Run(FlowInstance instance, NetworkSimplex solver, int warmups, int pairs)
    {
        var flows = new long[instance.ArcCount];
        var orToolsFlows = new long[instance.ArcCount];
        for (int i = 0; i < warmups; i++)
        {
            instance.SolveOrTools(orToolsFlows);
            instance.SolveManaged(solver, flows);
        }

        var orToolsTimes = new double[pairs];
        var managedTimes = new double[pairs];
        NetworkSimplexStatus status = NetworkSimplexStatus.NotSolved;
        long orToolsCost = 0;
        for (int i = 0; i < pairs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            (MinCostFlowBase.Status orToolsStatus, orToolsCost) = instance.SolveOrTools(orToolsFlows);
            orToolsTimes[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            status = instance.SolveManaged(solver, flows);
            managedTimes[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            bool bothOptimal = orToolsStatus == MinCostFlowBase.Status.OPTIMAL && status == NetworkSimplexStatus.Optimal;
            if (bothOptimal && solver.OptimalCost != orToolsCost)
            {
                throw new InvalidOperationException($"{instance.Name}: managed cost {solver.OptimalCost} differs from OR-Tools {orToolsCost}.");
            }

            if (!bothOptimal && (orToolsStatus == MinCostFlowBase.Status.OPTIMAL || status == NetworkSimplexStatus.Optimal))
            {
                throw new InvalidOperationException($"{instance.Name}: managed status {status} but OR-Tools {orToolsStatus}.");
            }
        }

        if (status == NetworkSimplexStatus.Optimal)
        {
            CheckCertificate(instance, solver);
        }

        return new Measurement(
            Median(orToolsTimes),
            Median(managedTimes),
            orToolsTimes.Min(),
            managedTimes.Min(),
            status,
            status == NetworkSimplexStatus.Optimal ? solver.OptimalCost : 0,
            orToolsCost,
            solver.PivotCount);
    }

    /// <summary>Primal feasibility and complementary slackness from the potentials.</summary>
    private static void CheckCertificate(FlowInstance instance, NetworkSimplex solver)
    {
        var balance = new long[instance.NodeCount];
        for (int a = 0; a < instance.ArcCount; a++)
        {
            long f = solver.Flow(a);
            long reduced = solver.ReducedCost(a);
            bool ok = f >= 0 && f <= instance.Capacity[a]
                && (f == instance.Capacity[a] || reduced >= 0)
                && (f == 0 || reduced <= 0);
            if (!ok)
            {
                throw new InvalidOperationException($"{instance.Name}: arc {a} (flow {f}, reduced cost {reduced}) breaks the optimality certificate.");
            }

            balance[instance.Tail[a]] += f;
            balance[instance.Head[a]] -= f;
        }

        for (int v = 0; v < instance.NodeCount; v++)
        {
            if (balance[v] != instance.Supply[v])
            {
                throw new InvalidOperationException($"{instance.Name}: node {v} is not balanced.");
            }
        }
    }

    private static double Median(double[] values)
    {
        double[] sorted = [.. values];
        Array.Sort(sorted);
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
