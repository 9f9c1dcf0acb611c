using System.Globalization;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>The <c>dimacs</c> and <c>generate</c> modes.</summary>
internal static class DimacsCommand
{
    private const int Warmups = 2;
    private const int Rounds = 5;

    /// <summary>
    /// One tab-separated line per file and managed variant: medians of interleaved rounds against
    /// OR-Tools and, when built, LEMON. Options: --variants auto,block,list,cs; --rounds N; --no-lemon; --lemon-cs.
    /// </summary>
    public static int Run(string[] args)
    {
        string[] files = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a))];
        SolverVariant[] variants = [.. (CompareCommand.Option(args, "--variants") ?? ["auto"]).Select(v => SolverVariant.Create(v, mixArcs: true))];
        int rounds = CompareCommand.Option(args, "--rounds") is { } r ? int.Parse(r[0], CultureInfo.InvariantCulture) : Rounds;
        int warmups = CompareCommand.Option(args, "--warmups") is { } w ? int.Parse(w[0], CultureInfo.InvariantCulture) : Warmups;
        LemonReference? lemon = args.Contains("--no-lemon") ? null : LemonReference.Find(args.Contains("--lemon-cs"));
        Console.WriteLine($"# {MachineInfo.Describe().ReplaceLineEndings(" ")}; load average {CompareCommand.LoadAverage()}; {warmups} warm-ups, {rounds} interleaved rounds, medians; LEMON {(lemon is not null ? "1.3.1 NetworkSimplex" : args.Contains("--no-lemon") ? "left out (--no-lemon)" : "not built")}");
        Console.WriteLine("name\tnodes\tarcs\tvariant\tran\tstatus\tcost\tms\tpivots\tortools_cost\tortools_ms\tratio_vs_ortools\tlemon_ms\tlemon_pivots\tlemon_cs_ms\ttime_vs_lemon");
        var reader = new NetworkSimplex();
        foreach (string file in files)
        {
            reader.Clear();
            if (!TryRead(file, reader, out DimacsMinCostFlowSummary summary))
            {
                return 2;
            }

            FlowInstance instance = FlowInstance.FromSolver(Path.GetFileName(file), reader);
            Measurement result = Measurement.Run(instance, variants, lemon, file, warmups, rounds);
            foreach (VariantResult variant in result.Variants)
            {
                string lemonColumns = result.Lemon is { } l
                    ? string.Create(CultureInfo.InvariantCulture, $"{l.Ms:F2}\t{l.Pivots}\t{l.CostScalingMs:F2}\t{variant.Ms / l.Ms:F2}")
                    : "-\t-\t-\t-";
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{instance.Name}\t{summary.NodeCount}\t{summary.ArcCount}\t{variant.Name}\t{variant.Ran}\t{variant.Status}\t{variant.Cost}\t{variant.Ms:F2}\t{variant.Pivots}\t{result.OrToolsCost}\t{result.OrToolsMs:F2}\t{result.OrToolsMs / variant.Ms:F2}\t{lemonColumns}"));
            }
        }

        return 0;
    }

    public static int Generate(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine($"usage: generate FAMILY SIZE SEED OUT.min  (families: {string.Join(", ", InstanceGenerator.Families)})");
            return 2;
        }

        FlowInstance instance = InstanceGenerator.Create(args[0], CompareCommand.ParseSize(args[1]), ulong.Parse(args[2], CultureInfo.InvariantCulture));
        var solver = new NetworkSimplex(instance.NodeCount, instance.ArcCount);
        instance.LoadInto(solver);
        DimacsMinCostFlowWriter.WriteFile(args[3], solver, $"MineralsMatch {instance.Name}");
        Console.WriteLine($"{args[3]}: {instance.NodeCount} nodes, {instance.ArcCount} arcs");
        return 0;
    }

    /// <summary>Reads a DIMACS file into <paramref name="flow"/>; false, with the file and the reader's message on stderr, when it cannot.</summary>
    public static bool TryRead(string file, NetworkSimplex flow, out DimacsMinCostFlowSummary summary)
    {
        try
        {
            summary = DimacsMinCostFlowReader.ReadFile(file, flow);
            return true;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file}: {e.Message}");
            summary = default;
            return false;
        }
    }

    private static bool IsOptionValue(string[] args, string value)
    {
        int i = Array.IndexOf(args, value);
        return i > 0 && args[i - 1] is "--variants" or "--rounds" or "--warmups";
    }
}
