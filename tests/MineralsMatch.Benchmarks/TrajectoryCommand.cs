using System.Diagnostics;
using System.Globalization;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>
/// The <c>trajectory</c> mode: how the network simplex's work (potentials moved) grows with its time on a
/// DIMACS file, printed each time the work passes another power of two times the arc count, then the
/// cost scaling's time on the same file for comparison; also the potentials moved per pivot so far each time the pivots pass
/// another doubling of n / 4.
/// </summary>
internal static class TrajectoryCommand
{
    public static int Run(string[] args)
    {
        foreach (string file in args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            var solver = new NetworkSimplex
            {
                Algorithm = MinCostFlowAlgorithm.NetworkSimplex,
                PivotRule = args.Contains("--block") ? NetworkSimplexPivotRule.BlockSearch : NetworkSimplexPivotRule.AdaptiveBlockSearch,
            };
            if (!DimacsCommand.TryRead(file, solver, out _))
            {
                return 2;
            }

            long m = solver.ArcCount;
            long next = 16 * m;
            long nextPivots = Math.Max(solver.NodeCount / 4, 1);
            long start = Stopwatch.GetTimestamp();
            solver.PivotProbe = (pivots, updates) =>
            {
                if (pivots >= nextPivots)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\tNS\tpivots {pivots} ({(double)pivots / solver.NodeCount:F2}·n)\tpotentials moved per pivot {(double)updates / pivots:F2}\t{Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms"));
                    while (nextPivots <= pivots)
                    {
                        nextPivots *= 2;
                    }
                }

                if (updates >= next)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\tNS\tupdates {updates / m}·m\tpivots {pivots} ({(double)pivots / solver.NodeCount:F2}·n)\t{Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms"));
                    while (next <= updates)
                    {
                        next *= 2;
                    }
                }
            };
            solver.Solve();
            double ns = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\tNS done\tupdates {solver.PotentialUpdates / m}·m\tpivots {solver.PivotCount} ({(double)solver.PivotCount / solver.NodeCount:F2}·n)\t{ns:F0} ms\tcost {solver.OptimalCost}"));
            if (!args.Contains("--no-cs"))
            {
                solver.PivotProbe = null;
                solver.Algorithm = MinCostFlowAlgorithm.CostScaling;
                start = Stopwatch.GetTimestamp();
                solver.Solve();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\tCS done\t{Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms\tcost {solver.OptimalCost}"));
            }
        }

        return 0;
    }
}
