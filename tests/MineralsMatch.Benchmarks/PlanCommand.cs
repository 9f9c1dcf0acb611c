using System.Diagnostics;
using System.Globalization;
using MineralsMatch.Matching.Planning;
using MineralsMatch.OrTools;

namespace MineralsMatch.Benchmarks;

/// <summary>
/// `plan [--offers 200] [--requirements 300] [--years 15] [--per-requirement 8] [--alternatives 2] [--time-limit 10] [--solver SCIP]`:
/// the exact planner on a seeded multi-year planning problem: time, optimality, objective, bound and gap.
/// </summary>
internal static class PlanCommand
{
    public static int Run(string[] args)
    {
        var offers = Option(args, "--offers", 200);
        var requirements = Option(args, "--requirements", 300);
        var years = Option(args, "--years", 15);
        var perRequirement = Option(args, "--per-requirement", 8);
        var alternatives = Option(args, "--alternatives", 2);
        var limit = TimeSpan.FromSeconds(Option(args, "--time-limit", 10));
        var index = Array.IndexOf(args, "--solver");
        var solver = index >= 0 && index + 1 < args.Length ? args[index + 1] : "SCIP";

        var watch = Stopwatch.StartNew();
        var problem = PlanningMarketGenerator.Create(offers, requirements, years, perRequirement, alternatives, seed: 1);
        var generated = watch.Elapsed.TotalMilliseconds;
        var planner = new OrToolsContractPlanner(new OrToolsPlannerOptions { TimeLimit = limit, MipSolver = solver });
        watch.Restart();
        var result = planner.Plan(problem, PlanningSettings.Default with { RelativeGap = 1e-4 });
        var planned = watch.Elapsed.TotalMilliseconds;
        var contractYears = problem.Contracts.Sum(c => c.YearShares.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plan: {offers} offers × {requirements} requirements × {years} years, {problem.Contracts.Count:N0} contracts ({contractYears:N0} contract-years), time limit {limit.TotalSeconds:F0} s (generator {generated:F0} ms)"));
        Report(result, planned);
        watch.Restart();
        var approximate = new NetworkContractPlanner().Plan(problem, PlanningSettings.Default with { TimeLimit = limit });
        Report(approximate, watch.Elapsed.TotalMilliseconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  approximate against the exact planner's bound: gap {Math.Max(0, Math.Min(result.Bound, approximate.Bound) - approximate.Objective) / Math.Min(result.Bound, approximate.Bound):P3}"));
        return 0;
    }

    private static void Report(PlanningResult result, double milliseconds) => Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"  {result.Planner}: {result.Optimality}, {result.AnnualVolumes.Count(v => v > 0):N0} signed, objective {result.Objective:F0}, bound {result.Bound:F0}, gap {result.Gap:P3}, {milliseconds:F0} ms"));

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
