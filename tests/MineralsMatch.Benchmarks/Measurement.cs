using System.Diagnostics;
using Google.OrTools.Graph;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>
/// Interleaved timing of one instance: OR-Tools, every managed variant and (when built) LEMON take
/// turns, round after round, and every round checks that the optimal costs agree.
/// </summary>
internal sealed class Measurement
{
    private Measurement(double orToolsMs, double orToolsMinMs, long orToolsCost, VariantResult[] variants, LemonSummary? lemon)
    {
        OrToolsMs = orToolsMs;
        OrToolsMinMs = orToolsMinMs;
        OrToolsCost = orToolsCost;
        Variants = variants;
        Lemon = lemon;
    }

    public double OrToolsMs { get; }

    public double OrToolsMinMs { get; }

    public long OrToolsCost { get; }

    public VariantResult[] Variants { get; }

    public LemonSummary? Lemon { get; }

    /// <summary>
    /// Warms every solver up, then times interleaved rounds. OR-Tools and the managed variants
    /// include building the problem, solving and reading every flow (the managed side reuses its
    /// solver: Clear + build); LEMON includes building its solver from the graph it read, solving,
    /// not reading the file.
    /// </summary>
    public static Measurement Run(FlowInstance instance, IReadOnlyList<SolverVariant> variants, LemonReference? lemon, string? lemonFile, int warmups, int rounds)
    {
        var flows = new long[instance.ArcCount];
        var orToolsFlows = new long[instance.ArcCount];
        for (int i = 0; i < warmups; i++)
        {
            instance.SolveOrTools(orToolsFlows);
            foreach (SolverVariant variant in variants)
            {
                instance.SolveManaged(variant.Solver, flows);
            }
        }

        var orToolsTimes = new double[rounds];
        var managedTimes = new double[variants.Count][];
        for (int v = 0; v < variants.Count; v++)
        {
            managedTimes[v] = new double[rounds];
        }

        var lemonTimes = new double[rounds];
        var lemonCostScalingTimes = new double[rounds];
        long lemonPivots = 0;
        long orToolsCost = 0;
        var statuses = new NetworkSimplexStatus[variants.Count];
        for (int i = 0; i < rounds; i++)
        {
            long start = Stopwatch.GetTimestamp();
            (MinCostFlowBase.Status orToolsStatus, orToolsCost) = instance.SolveOrTools(orToolsFlows);
            orToolsTimes[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            bool orToolsOptimal = orToolsStatus == MinCostFlowBase.Status.OPTIMAL;

            for (int v = 0; v < variants.Count; v++)
            {
                NetworkSimplex solver = variants[v].Solver;
                start = Stopwatch.GetTimestamp();
                statuses[v] = instance.SolveManaged(solver, flows);
                managedTimes[v][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                bool optimal = statuses[v] == NetworkSimplexStatus.Optimal;
                if (optimal != orToolsOptimal || (optimal && solver.OptimalCost != orToolsCost))
                {
                    throw new InvalidOperationException(
                        $"{instance.Name}: {variants[v].Name} ended {statuses[v]} {(optimal ? solver.OptimalCost : 0)}, OR-Tools {orToolsStatus} {orToolsCost}.");
                }

                if (optimal && i == rounds - 1)
                {
                    CheckCertificate(instance, solver);
                }
            }

            if (lemon is not null && lemonFile is not null)
            {
                LemonResult result = lemon.Run(lemonFile);
                if (orToolsOptimal && result.Cost != orToolsCost)
                {
                    throw new InvalidOperationException($"{instance.Name}: LEMON cost {result.Cost} differs from OR-Tools {orToolsCost}.");
                }

                lemonTimes[i] = result.NetworkSimplexMs;
                lemonCostScalingTimes[i] = result.CostScalingMs;
                lemonPivots = result.Pivots;
            }
        }

        var results = new VariantResult[variants.Count];
        for (int v = 0; v < variants.Count; v++)
        {
            NetworkSimplex solver = variants[v].Solver;
            results[v] = new VariantResult(variants[v].Name, Median(managedTimes[v]), managedTimes[v].Min(), solver.PivotCount, variants[v].Ran, statuses[v], statuses[v] == NetworkSimplexStatus.Optimal ? solver.OptimalCost : 0);
        }

        LemonSummary? lemonSummary = lemon is not null && lemonFile is not null
            ? new LemonSummary(Median(lemonTimes), lemonTimes.Min(), lemonPivots, Median(lemonCostScalingTimes))
            : null;
        return new Measurement(Median(orToolsTimes), orToolsTimes.Min(), orToolsCost, results, lemonSummary);
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

/// <summary>One managed variant's medians over the rounds, and what its last solve did.</summary>
internal sealed record VariantResult(string Name, double Ms, double MinMs, long Pivots, string Ran, NetworkSimplexStatus Status, Int128 Cost);

/// <summary>LEMON's medians over the rounds: network simplex (build + run), its pivots, and cost scaling (NaN when not run).</summary>
internal sealed record LemonSummary(double Ms, double MinMs, long Pivots, double CostScalingMs);
