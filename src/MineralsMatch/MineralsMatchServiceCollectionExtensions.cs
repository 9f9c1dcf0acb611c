using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MineralsMatch.DependencyInjection;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Matching.Terms;

namespace MineralsMatch;

/// <summary>Registers MineralsMatch in a service collection.</summary>
public static class MineralsMatchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the catalog (embedded, plus the builder's additions), the matching engine and its stages, and
    /// the default options. Existing registrations of <see cref="IMineralCatalog"/>, <see cref="IMatchingEngine"/>,
    /// <see cref="IAllocationSolver"/>, <see cref="IContractPlanner"/> (default: the managed <see cref="NetworkContractPlanner"/>) and <see cref="IContractTermsPolicy"/> are kept, so a user can replace any of them.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds minerals, products, lists, rules, scorers, a solver, a terms policy or options; <see langword="null"/> keeps the embedded defaults.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="MineralsMatchValidationException">A catalog addition or the options are invalid; every error is listed.</exception>
    /// <example>
    /// <code>
    /// var provider = new ServiceCollection().AddMineralsMatch().BuildServiceProvider();
    /// var engine = provider.GetRequiredService&lt;IMatchingEngine&gt;();
    /// MatchResult result = engine.Match(MarketScenarios.JapanKazakhstan());
    /// </code>
    /// </example>
    public static IServiceCollection AddMineralsMatch(this IServiceCollection services, Action<MineralsMatchBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new MineralsMatchBuilder();
        configure?.Invoke(builder);
        Validation.MatchingOptionsValidation.ThrowIfInvalid(builder.Options);
        var catalog = builder.BuildCatalog();

        services.TryAddSingleton<IMineralCatalog>(catalog);
        services.TryAddSingleton<IOptions<MatchingOptions>>(Options.Create(builder.Options));
        services.TryAddSingleton(builder.Solver ?? new NetworkSimplexAllocationSolver());
        services.TryAddSingleton(builder.TermsPolicy ?? new DefaultContractTermsPolicy());
        if (builder.Planner is not null)
        {
            services.TryAddSingleton(builder.Planner);
        }

        services.TryAddSingleton<IContractPlanner>(provider => new NetworkContractPlanner(provider.GetRequiredService<IAllocationSolver>()));

        foreach (var rule in builder.Rules)
        {
            services.AddSingleton(rule);
        }

        foreach (var scorer in builder.Scorers)
        {
            services.AddSingleton(scorer);
        }

        services.TryAddSingleton<IMatchingEngine, MatchingEngine>();
        services.TryAddSingleton<Backtesting.IBacktester, Backtesting.Backtester>();
        services.TryAddSingleton<Comparison.IScenarioComparer, Comparison.ScenarioComparer>();
        services.TryAddSingleton<Stress.StressTester>();
        services.TryAddSingleton<Risk.SupplyRiskAnalyzer>();
        return services;
    }
}
