using System.Globalization;
using System.Text;

namespace MineralsMatch.Benchmarks;

/// <summary>The <c>compare</c> mode: the in-process ratio table over families and sizes.</summary>
internal static class CompareCommand
{
    /// <summary>From this many arcs on, fewer warm-ups and rounds (each round is seconds long).</summary>
    private const int LargeArcs = 300_000;

    public static int Run(string[] args)
    {
        string[] families = Option(args, "--families") ?? InstanceGenerator.Families;
        int[] sizes = Option(args, "--sizes")?.Select(ParseSize).ToArray() ?? InstanceGenerator.Sizes;
        ulong seed = ulong.Parse(Option(args, "--seed")?[0] ?? "1", CultureInfo.InvariantCulture);
        int? warmupOption = IntOption(args, "--warmups");
        int? roundOption = IntOption(args, "--rounds");
        bool mix = !args.Contains("--no-mix");
        SolverVariant[] variants = [.. (Option(args, "--variants") ?? ["auto", "list"]).Select(v => SolverVariant.Create(v, mix))];
        LemonReference? lemon = args.Contains("--no-lemon") ? null : LemonReference.Find(args.Contains("--lemon-cs"));

        Console.WriteLine(MachineInfo.Describe());
        Console.WriteLine($"load average before: {LoadAverage()}");
        Console.WriteLine($"per instance: warm-ups then interleaved rounds (OR-Tools, {string.Join(", ", variants.Select(v => v.Name))}{(lemon is null ? string.Empty : ", LEMON")}); "
            + $"3 warm-ups and 7 rounds below {LargeArcs} arcs, 1 and 3 from there (unless --warmups/--rounds); medians, min in brackets; seed {seed}; arc mixing {(mix ? "on" : "off")}");
        Console.WriteLine(lemon is null ? (args.Contains("--no-lemon") ? "LEMON: left out (--no-lemon)" : "LEMON: not built (tests/MineralsMatch.Benchmarks/native/build-lemon.sh)") : "LEMON 1.3.1 NetworkSimplex (block search, its default initial pivots), times exclude reading the file");
        Console.WriteLine();
        var header = new StringBuilder("| family | size | nodes | arcs | OR-Tools ms |");
        var rule = new StringBuilder("|---|---:|---:|---:|---:|");
        if (lemon is not null)
        {
            header.Append(" LEMON ms | LEMON pivots |");
            rule.Append("---:|---:|");
            if (lemon.CostScaling)
            {
                header.Append(" LEMON CS ms |");
                rule.Append("---:|");
            }
        }

        foreach (SolverVariant variant in variants)
        {
            header.Append(CultureInfo.InvariantCulture, $" {variant.Name} ms | {variant.Name} pivots | {variant.Name} ×OR |");
            rule.Append("---:|---:|---:|");
            if (lemon is not null)
            {
                header.Append(CultureInfo.InvariantCulture, $" {variant.Name} /LEMON |");
                rule.Append("---:|");
            }
        }

        Console.WriteLine(header);
        Console.WriteLine(rule);
        var ratios = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (string family in families)
        {
            foreach (int size in sizes)
            {
                FlowInstance instance = InstanceGenerator.Create(family, size, seed);
                bool large = instance.ArcCount >= LargeArcs;
                string? file = lemon is null ? null : LemonReference.WriteTemporary(instance);
                try
                {
                    Measurement result = Measurement.Run(instance, variants, lemon, file, warmupOption ?? (large ? 1 : 3), roundOption ?? (large ? 3 : 7));
                    Console.WriteLine(Row(family, size, instance, result));
                    foreach (VariantResult variant in result.Variants)
                    {
                        Add(ratios, $"{variant.Name} ×OR-Tools, {Group(family)}", result.OrToolsMs / variant.Ms);
                        Add(ratios, $"{variant.Name} ×OR-Tools, all", result.OrToolsMs / variant.Ms);
                        if (result.Lemon is not null)
                        {
                            Add(ratios, $"{variant.Name} time / LEMON, {Group(family)}", variant.Ms / result.Lemon.Ms);
                        }
                    }
                }
                finally
                {
                    if (file is not null)
                    {
                        File.Delete(file);
                    }
                }
            }
        }

        Console.WriteLine();
        foreach (var (group, list) in ratios)
        {
            double geometricMean = Math.Exp(list.Average(Math.Log));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"geometric mean, {group}: {geometricMean:F2} over {list.Count} instances"));
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    /// <summary>One markdown table row.</summary>
    public static string Row(string family, int size, FlowInstance instance, Measurement result)
    {
        var row = new StringBuilder();
        row.Append(CultureInfo.InvariantCulture, $"| {family} | {size:0.#E+0} | {instance.NodeCount} | {instance.ArcCount} | {result.OrToolsMs:F2} ({result.OrToolsMinMs:F2}) |");
        if (result.Lemon is { } lemon)
        {
            row.Append(CultureInfo.InvariantCulture, $" {lemon.Ms:F2} ({lemon.MinMs:F2}) | {lemon.Pivots} |");
            if (!double.IsNaN(lemon.CostScalingMs))
            {
                row.Append(CultureInfo.InvariantCulture, $" {lemon.CostScalingMs:F2} |");
            }
        }

        foreach (VariantResult variant in result.Variants)
        {
            row.Append(CultureInfo.InvariantCulture, $" {variant.Ms:F2} ({variant.MinMs:F2}) | {variant.Pivots} {variant.Ran} | {result.OrToolsMs / variant.Ms:F2} |");
            if (result.Lemon is { } reference)
            {
                row.Append(CultureInfo.InvariantCulture, $" {variant.Ms / reference.Ms:F2} |");
            }
        }

        return row.ToString();
    }

    /// <summary>The family group for the geometric means.</summary>
    public static string Group(string family) => family switch
    {
        "T-sparse" or "T-dense" or "T-skew" => "transport",
        "T-sparse-hard" or "T-dense-hard" or "T-skew-hard" or "T-netgen" => "transport (hard, NETGEN)",
        "T-country" or "T-country-hard" => "country",
        _ => "transshipment",
    };

    public static int ParseSize(string text) => (int)double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void Add(SortedDictionary<string, List<double>> ratios, string key, double value)
    {
        if (!ratios.TryGetValue(key, out List<double>? list))
        {
            ratios[key] = list = [];
        }

        list.Add(value);
    }

    private static int? IntOption(string[] args, string name) =>
        Option(args, name) is { } value ? int.Parse(value[0], CultureInfo.InvariantCulture) : null;

    public static string[]? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries) : null;
    }
}
