using System.Diagnostics;
using System.Globalization;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Matching.Terms;
using MineralsMatch.OrTools;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Results;

namespace MineralsMatch.Benchmarks;

/// <summary>
/// `engine [--offers N] [--requirements M] [--runs R] [--products P] [--planner exact|approximate] [--time-limit S] [--digest] [--save FILE]`:
/// the whole matching pipeline (validation, candidates, scoring, planning, pricing, terms, explanations) on a seeded market of
/// N offers and M requirements spread over P products (default 1: N × M candidate pairs). Prints the median time, each stage's
/// median (from the engine's activities), the bytes allocated per pair and the peak working set per pair (after the first run, and after all); `--digest` adds the
/// SHA-256 of the result's JSON, to check that a change leaves the result byte-identical; `--save FILE` writes the market as a
/// scenario file instead of matching it (to time the CLI on it).
/// </summary>
internal static class EngineScaleCommand
{
    public static int Run(string[] args)
    {
        var offers = Option(args, "--offers", 1000);
        var requirements = Option(args, "--requirements", 1000);
        var runs = Option(args, "--runs", 5);
        var products = Math.Clamp(Option(args, "--products", 1), 1, Products.Length);
        var market = Create(offers, requirements, seed: 1, products);
        if (Array.IndexOf(args, "--save") is var saveAt && saveAt >= 0 && saveAt + 1 < args.Length)
        {
            // The generated market as a scenario file, for timing the CLI's `match` on it as a user would run it.
            MineralsMatch.Scenarios.ScenarioFile.Save(new MineralsMatch.Scenarios.Scenario { Market = market }, args[saveAt + 1]);
            Console.WriteLine($"saved {args[saveAt + 1]}");
            return 0;
        }

        var exact = Array.IndexOf(args, "--planner") is var at && at >= 0 && at + 1 < args.Length && args[at + 1] == "exact";
        var limit = TimeSpan.FromSeconds(Option(args, "--time-limit", 5));
        var solver = new NetworkSimplexAllocationSolver();
        IMatchingEngine engine = exact
            ? new MatchingEngine(MineralCatalog.Default, [], [], solver, new OrToolsContractPlanner(new OrToolsPlannerOptions { TimeLimit = limit, Fallback = new NetworkContractPlanner(solver) }), new DefaultContractTermsPolicy(), Microsoft.Extensions.Options.Options.Create(MatchingOptions.Default))
            : MatchingEngine.Create();

        var warm = engine.Match(Create(20, 20, seed: 2, products));
        var times = new List<double>();
        var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var stageBytes = new Dictionary<string, long>(StringComparer.Ordinal);
        var stageStart = 0L;
        var stageHeap = new Dictionary<string, long>(StringComparer.Ordinal);
        using var sampler = Environment.GetEnvironmentVariable("MM_ALLOC_TICKS") == "1" ? new AllocationSampler() : null;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MineralsMatch.Matching",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = activity =>
            {
                stageStart = GC.GetTotalAllocatedBytes(precise: true);
                sampler?.Stage = activity.OperationName;
            },
            ActivityStopped = activity =>
            {
                if (!stages.TryGetValue(activity.OperationName, out var list))
                {
                    stages[activity.OperationName] = list = [];
                }

                list.Add(activity.Duration.TotalMilliseconds);
                if (Environment.GetEnvironmentVariable("MM_TRACE_WS") == "1")
                {
                    using var self = Process.GetCurrentProcess();
                    Console.Error.WriteLine($"WS {activity.OperationName} end: now {Environment.WorkingSet / 1048576} MB, peak {self.PeakWorkingSet64 / 1048576} MB, heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576} MB, gen2 {GC.CollectionCount(2)}");
                }
                stageBytes[activity.OperationName] = stageBytes.GetValueOrDefault(activity.OperationName) + (GC.GetTotalAllocatedBytes(precise: true) - stageStart);
                stageHeap[activity.OperationName] = Math.Max(stageHeap.GetValueOrDefault(activity.OperationName), GC.GetGCMemoryInfo().HeapSizeBytes);
                if (Environment.GetEnvironmentVariable("MM_GC_STAGES") == "1")
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                }

                if (Environment.GetEnvironmentVariable("MM_PAUSE_AFTER") == activity.OperationName && GC.GetGCMemoryInfo().HeapSizeBytes > 100_000_000)
                {
                    Console.Error.WriteLine($"paused after {activity.OperationName}: pid {Environment.ProcessId}");
                    Thread.Sleep(TimeSpan.FromSeconds(40));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        MatchResult? result = null;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long firstPeak = 0;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            result = engine.Match(market);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (run == 0)
            {
                // One match after the small warm-up: what a caller running it once needs. Later runs add the garbage the
                // collector has not yet returned from the runs before them.
                firstPeak = Process.GetCurrentProcess().PeakWorkingSet64;
            }
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        times.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"engine ({(exact ? "exact" : "approximate")} planner{(exact ? $", {limit.TotalSeconds:F0} s limit" : "")}): {offers} offers × {requirements} requirements = {result!.Solver.Candidates + result.Solver.Rejected:N0} pairs, {result.Proposals.Count:N0} proposals, {result.Solver.Arcs:N0} arcs, {result.Solver.Pivots:N0} pivots; median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms over {runs} runs (warm-up {warm.Proposals.Count} proposals)"));
        var pairs = Math.Max(1, result.Solver.Candidates + result.Solver.Rejected);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  stages (median ms): {string.Join(", ", stages.Select(s => $"{s.Key} {Median(s.Value):F0}"))}; process CPU {cpu:F0} ms per run on {Environment.ProcessorCount} processors"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  memory: {allocated / pairs:N0} bytes allocated per pair per run ({string.Join(", ", stageBytes.Select(s => $"{s.Key} {s.Value / runs / pairs:N0}"))}), peak working set {firstPeak / 1048576.0:N0} MB = {firstPeak / pairs:N0} bytes per pair after the first run, {peak / 1048576.0:N0} MB = {peak / pairs:N0} after all {runs}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  managed heap after the last collection, at each stage's end, per pair: {string.Join(", ", stageHeap.Select(s => $"{s.Key} {s.Value / pairs:N0}"))}"));
        if (sampler is not null)
        {
            Console.WriteLine("  sampled allocations per stage (all runs):");
            foreach (var line in sampler.Report())
            {
                Console.WriteLine(line);
            }
        }

        if (args.Contains("--digest"))
        {
            using var json = new MemoryStream();
            MatchResultJson.Write(result, json);
            Console.WriteLine($"  result JSON: {json.Length:N0} bytes, SHA-256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(json.ToArray()))}");
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    // Metal products priced per kilogram, one family each.
    private static readonly string[] Products = ["gallium-4n", "germanium-metal", "indium-metal", "hafnium-metal", "niobium-metal", "rhenium-metal", "tantalum-ingot", "beryllium-metal"];

    private static Market Create(int offers, int requirements, int seed, int products)
    {
        var random = new Random(seed);
        var parties = new List<Party>();
        var offerList = new List<SupplyOffer>();
        var requirementList = new List<Requirement>();
        for (var i = 0; i < offers; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"p{i}");
            parties.Add(new Party { Id = id, Name = id, Country = i % 3 == 0 ? "CN" : "KZ", Roles = PartyRoles.Producer });
            offerList.Add(new SupplyOffer
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"o{i}"),
                Producer = id,
                Product = Products[i % products],
                Grade = new GradeSpec { Form = ProductForm.Metal, MinContent = 0.9999m },
                AnnualVolume = Quantity.Kilograms(random.Next(1, 100) * 100m),
                Window = DeliveryWindow.Of(2026, 2040),
                Tenor = TenorRange.Of(3, 10),
                Ask = Price.PerKilogram(random.Next(150, 260)),
                OriginHub = "origin",
            });
        }

        for (var j = 0; j < requirements; j++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"b{j}");
            parties.Add(new Party { Id = id, Name = id, Country = "JP", Roles = PartyRoles.Buyer });
            requirementList.Add(new Requirement
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"r{j}"),
                Buyer = id,
                Product = Products[j % products],
                Spec = new GradeSpec { Form = ProductForm.Metal, MinContent = 0.9999m },
                AnnualVolume = Quantity.Kilograms(random.Next(1, 100) * 100m),
                Window = DeliveryWindow.Of(2026, 2035),
                Tenor = TenorRange.Of(3, 10),
                Bid = Price.PerKilogram(random.Next(200, 320)),
                DestinationHub = "tokyo",
                Priority = random.Next(1, 11),
                MaxShareFromCountry = random.Next(3) == 0 ? 0.5m : null,
            });
        }

        return new Market
        {
            Name = "scale",
            Parties = parties,
            Hubs =
            [
                new Hub { Id = "origin", Name = "origin", Country = "KZ", Kind = HubKind.Plant },
                new Hub { Id = "tokyo", Name = "tokyo", Country = "JP", Kind = HubKind.Airport },
            ],
            Routes =
            [
                new Route { Id = "air", Name = "air", Legs = [new RouteLeg { From = "origin", To = "tokyo", Mode = TransportMode.Air, CostPerTonne = 4600m, Days = 3, Risk = 0.015m, TransitCountry = "KZ" }] },
                new Route { Id = "sea", Name = "sea", Legs = [new RouteLeg { From = "origin", To = "tokyo", Mode = TransportMode.Sea, CostPerTonne = 300m, Days = 50, Risk = 0.08m }] },
            ],
            Offers = offerList,
            Requirements = requirementList,
        };
    }
}
