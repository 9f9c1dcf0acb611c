using System.Diagnostics;
using System.Globalization;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>The <c>solo</c> mode: managed solver only (no OR-Tools), for quick A/B runs while tuning.</summary>
internal static class SoloCommand
{
    public static int Run(string[] args)
    {
        string[] families = Option(args, "--families") ?? InstanceGenerator.Families;
        int[] sizes = Option(args, "--sizes")?.Select(CompareCommand.ParseSize).ToArray() ?? InstanceGenerator.Sizes;
        ulong seed = ulong.Parse(Option(args, "--seed")?[0] ?? "1", CultureInfo.InvariantCulture);
        int runs = int.Parse(Option(args, "--runs")?[0] ?? "7", CultureInfo.InvariantCulture);
        int warmups = int.Parse(Option(args, "--warmups")?[0] ?? "2", CultureInfo.InvariantCulture);
        NetworkSimplex solver = SolverVariant.Create(Option(args, "--variant")?[0] ?? "auto", mixArcs: true).Solver;
        foreach (string family in families)
        {
            foreach (int size in sizes)
            {
                FlowInstance instance = InstanceGenerator.Create(family, size, seed);
                var flows = new long[instance.ArcCount];
                for (int i = 0; i < warmups; i++)
                {
                    instance.SolveManaged(solver, flows);
                }

                var times = new double[runs];
                var cpu = new double[runs];
                for (int i = 0; i < runs; i++)
                {
                    TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
                    long start = Stopwatch.GetTimestamp();
                    instance.SolveManaged(solver, flows);
                    times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    cpu[i] = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds;
                }

                Array.Sort(times);
                Array.Sort(cpu);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{family}\t{size:0.#E+0}\t{solver.AlgorithmUsed}\tpivots {solver.PivotCount}\tupdates/pivot {(solver.PivotCount == 0 ? 0 : solver.PotentialUpdates / solver.PivotCount)}\tcost {solver.OptimalCost}\tmedian {times[runs / 2]:F2}\tmin {times[0]:F2}\tcpu-med {cpu[runs / 2]:F1}\tcpu-min {cpu[0]:F1}"));
            }
        }

        return 0;
    }

    private static string[]? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries) : null;
    }
}
