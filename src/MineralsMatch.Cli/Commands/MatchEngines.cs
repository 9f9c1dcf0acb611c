using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Matching.Scoring;
using MineralsMatch.Matching.Terms;
using MineralsMatch.OrTools;

namespace MineralsMatch.Cli.Commands;

/// <summary>Builds the engine of one <c>match</c> run from the registered stages and the planner chosen on the command line.</summary>
internal static class MatchEngines
{
    /// <summary>The exact planner's default time limit: long enough for the embedded and typical markets to be proven optimal, short enough that a 2 000 × 3 000 market still answers in seconds.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The engine with the registered catalog, rules, scorers, solver, terms and options, planning with
    /// <paramref name="planner"/>; a registered engine of another kind than <see cref="MatchingEngine"/> is used as it is.
    /// </summary>
    /// <param name="services">The registered services.</param>
    /// <param name="planner"><c>exact</c> or <c>approximate</c>.</param>
    /// <param name="timeLimit">The exact planner's time limit.</param>
    /// <returns>The engine.</returns>
    public static IMatchingEngine Create(IServiceProvider services, string planner, TimeSpan timeLimit)
    {
        if (services.GetRequiredService<IMatchingEngine>() is not MatchingEngine and var custom)
        {
            return custom;
        }

        var solver = services.GetRequiredService<IAllocationSolver>();
        var approximate = new NetworkContractPlanner(solver, services.GetService<ILogger<NetworkContractPlanner>>());
        IContractPlanner chosen = planner == "approximate"
            ? approximate
            : new OrToolsContractPlanner(new OrToolsPlannerOptions { TimeLimit = timeLimit, Fallback = approximate });
        return new MatchingEngine(
            services.GetRequiredService<IMineralCatalog>(),
            services.GetServices<ICandidateRule>(),
            services.GetServices<ICandidateScorer>(),
            solver,
            chosen,
            services.GetRequiredService<IContractTermsPolicy>(),
            services.GetRequiredService<IOptions<MatchingOptions>>(),
            services.GetService<ILogger<MatchingEngine>>());
    }
}
