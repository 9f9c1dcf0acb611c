using System.Diagnostics;
using System.Globalization;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>
/// The native LEMON 1.3.1 reference (native/lemon_mcf, built by native/build-lemon.sh; not in CI):
/// one process per solve, reading a DIMACS file; its reading time is not counted.
/// </summary>
internal sealed class LemonReference
{
    private readonly string _binary;

    private LemonReference(string binary) => _binary = binary;

    /// <summary>Gets whether LEMON's cost scaling runs as well as its network simplex.</summary>
    public bool CostScaling { get; init; }

    /// <summary>The binary named by MM_LEMON, or native/bin/lemon_mcf above the app folder; null when absent.</summary>
    public static LemonReference? Find(bool costScaling)
    {
        string? path = Environment.GetEnvironmentVariable("MM_LEMON");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); path is null && dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "native", "bin", "lemon_mcf");
            if (File.Exists(candidate))
            {
                path = candidate;
            }
        }

        return path is not null && File.Exists(path) ? new LemonReference(path) { CostScaling = costScaling } : null;
    }

    /// <summary>Writes an instance as a DIMACS file for LEMON; the caller deletes it.</summary>
    public static string WriteTemporary(FlowInstance instance)
    {
        string file = Path.Combine(Path.GetTempPath(), $"mm-lemon-{Environment.ProcessId}-{instance.Name}.min");
        var solver = new NetworkSimplex(instance.NodeCount, instance.ArcCount);
        instance.LoadInto(solver);
        DimacsMinCostFlowWriter.WriteFile(file, solver, $"MineralsMatch {instance.Name}");
        return file;
    }

    /// <summary>Solves the file once in a fresh LEMON process.</summary>
    public LemonResult Run(string file)
    {
        var start = new ProcessStartInfo(_binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("--runs");
        start.ArgumentList.Add("1");
        if (!CostScaling)
        {
            start.ArgumentList.Add("--no-cs");
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {_binary}.");
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        string[] fields = output.Trim().Split('\t');
        if (process.ExitCode != 0 || fields.Length != 7)
        {
            throw new InvalidOperationException($"{_binary} {file} failed (exit {process.ExitCode}): {error.Trim()} {output.Trim()}");
        }

        return new LemonResult(
            Number(fields[0]),
            long.Parse(fields[3], CultureInfo.InvariantCulture),
            fields[2] == "-" ? null : Int128.Parse(fields[2], CultureInfo.InvariantCulture),
            fields[4] == "-" ? double.NaN : Number(fields[4]));
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>One LEMON solve: network simplex time (build + run), its pivots and cost, cost-scaling time (NaN when not run).</summary>
internal readonly record struct LemonResult(double NetworkSimplexMs, long Pivots, Int128? Cost, double CostScalingMs);
