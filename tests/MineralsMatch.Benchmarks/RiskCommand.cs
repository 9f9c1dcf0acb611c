using System.Diagnostics;
using System.Globalization;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Matching.Terms;
using MineralsMatch.Minerals;
using MineralsMatch.OrTools;
using MineralsMatch.Risk;

namespace MineralsMatch.Benchmarks;

/// <summary>The embedded stress pack as a Monte Carlo supply-risk run, timed in process against one plain match of the market.</summary>
internal static class RiskCommand
{
    public static int Run(string[] args)
    {
        var samples = Option(args, "--samples", 1000);
        var runs = Option(args, "--runs", 3);
        var exact = Array.IndexOf(args, "--planner") is var at && at >= 0 && at + 1 < args.Length && args[at + 1] == "exact";
        var solver = new NetworkSimplexAllocationSolver();
        IMatchingEngine engine = exact
            ? new MatchingEngine(MineralCatalog.Default, [], [], solver, new OrToolsContractPlanner(new OrToolsPlannerOptions { TimeLimit = TimeSpan.FromSeconds(5), Fallback = new NetworkContractPlanner(solver) }), new DefaultContractTermsPolicy(), Microsoft.Extensions.Options.Options.Create(MatchingOptions.Default))
            : MatchingEngine.Create();
        var scenario = MarketScenarios.JapanKazakhstanScenario();
        var analyzer = new SupplyRiskAnalyzer(engine, MineralCatalog.Default);
        var options = new SupplyRiskOptions { Samples = samples, Seed = 7 };

        analyzer.Run(scenario.Market, scenario.Stress, options with { Samples = 10 }, scenario.Options);
        var match = new List<double>();
        var risk = new List<double>();
        SupplyRisk? last = null;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            engine.Match(scenario.Market, scenario.Options);
            match.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            last = analyzer.Run(scenario.Market, scenario.Stress, options, scenario.Options);
            risk.Add(watch.Elapsed.TotalMilliseconds);
        }

        match.Sort();
        risk.Sort();
        var m = match[match.Count / 2];
        var r = risk[risk.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"planner {(exact ? "exact" : "approximate")}, {samples} samples, {last!.DistinctPlans} distinct plans, {Environment.ProcessorCount} cores: risk run {r:0} ms (median of {runs}), one match {m:0} ms, ratio {r / m:0.0}"));
        return 0;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at && at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
