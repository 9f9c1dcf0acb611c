using System.Globalization;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>The <c>compare</c> mode: the in-process ratio table over families and sizes.</summary>
internal static class CompareCommand
{
    private const int Warmups = 3;
    private const int Pairs = 7;

    public static int Run(string[] args)
    {
        string[] families = Option(args, "--families") ?? InstanceGenerator.Families;
        int[] sizes = Option(args, "--sizes")?.Select(ParseSize).ToArray() ?? InstanceGenerator.Sizes;
        ulong seed = ulong.Parse(Option(args, "--seed")?[0] ?? "1", CultureInfo.InvariantCulture);

        var solver = new NetworkSimplex { MixArcs = !args.Contains("--no-mix") };
        Console.WriteLine(MachineInfo.Describe());
        Console.WriteLine($"warm-up {Warmups}x each, then {Pairs} interleaved pairs; times are build + solve + read flows, medians (min in brackets); seed {seed}; arc mixing {(solver.MixArcs ? "on" : "off")}");
        Console.WriteLine();
        Console.WriteLine("| family | size | nodes | arcs | pivots | OR-Tools ms | managed ms | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var ratios = new Dictionary<string, List<double>>();
        foreach (string family in families)
        {
            foreach (int size in sizes)
            {
                FlowInstance instance = InstanceGenerator.Create(family, size, seed);
                Measurement result = Measurement.Run(instance, solver, Warmups, Pairs);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {family} | {size:0.#E+0} | {instance.NodeCount} | {instance.ArcCount} | {result.Pivots} | {result.OrToolsMs:F2} ({result.OrToolsMinMs:F2}) | {result.ManagedMs:F2} ({result.ManagedMinMs:F2}) | {result.Ratio:F2} |"));
                string group = family == "T-country" ? "country" : "transport";
                if (!ratios.TryGetValue(group, out List<double>? list))
                {
                    ratios[group] = list = [];
                }

                list.Add(result.Ratio);
            }
        }

        Console.WriteLine();
        foreach (var (group, list) in ratios)
        {
            double geometricMean = Math.Exp(list.Average(Math.Log));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"geometric-mean ratio (OR-Tools / managed), {group}: {geometricMean:F2}x over {list.Count} instances"));
        }

        return 0;
    }

    public static int ParseSize(string text) => (int)double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string[]? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries) : null;
    }
}
