using System.Globalization;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>The <c>dimacs</c> and <c>generate</c> modes.</summary>
internal static class DimacsCommand
{
    private const int Warmups = 2;
    private const int Pairs = 5;

    public static int Run(string[] files)
    {
        Console.WriteLine("name\tnodes\tarcs\tstatus\tcost\tms\tortools_cost\tortools_ms\tratio");
        var solver = new NetworkSimplex();
        foreach (string file in files)
        {
            solver.Clear();
            DimacsMinCostFlowSummary summary = DimacsMinCostFlowReader.ReadFile(file, solver);
            FlowInstance instance = FlowInstance.FromSolver(Path.GetFileName(file), solver);
            Measurement result = Measurement.Run(instance, solver, Warmups, Pairs);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{instance.Name}\t{summary.NodeCount}\t{summary.ArcCount}\t{result.Status}\t{result.Cost}\t{result.ManagedMs:F2}\t{result.OrToolsCost}\t{result.OrToolsMs:F2}\t{result.Ratio:F2}"));
        }

        return 0;
    }

    public static int Generate(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: generate FAMILY SIZE SEED OUT.min");
            return 2;
        }

        FlowInstance instance = InstanceGenerator.Create(args[0], CompareCommand.ParseSize(args[1]), ulong.Parse(args[2], CultureInfo.InvariantCulture));
        var solver = new NetworkSimplex(instance.NodeCount, instance.ArcCount);
        instance.LoadInto(solver);
        DimacsMinCostFlowWriter.WriteFile(args[3], solver, $"MineralsMatch {instance.Name}");
        Console.WriteLine($"{args[3]}: {instance.NodeCount} nodes, {instance.ArcCount} arcs");
        return 0;
    }
}
