using System.Runtime.InteropServices;
using Google.OrTools.Graph;

namespace MineralsMatch.Benchmarks;

/// <summary>What the numbers were measured on.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        string cpu = "unknown CPU";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo")
                .FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?
                .Split(':', 2)[1].Trim() ?? cpu;
        }

        string orTools = typeof(MinCostFlow).Assembly.GetName().Version?.ToString() ?? "unknown";
        return $"CPU: {cpu}; cores: {Environment.ProcessorCount}; {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.OSDescription}); OR-Tools {orTools}";
    }
}
