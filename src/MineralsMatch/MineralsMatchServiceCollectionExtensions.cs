using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
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
    /// <see cref="MatchingOptions"/> through <c>IOptions&lt;MatchingOptions&gt;</c>. Existing registrations of <see cref="IMineralCatalog"/>, <see cref="IMatchingEngine"/>,
    /// <see cref="IAllocationSolver"/>, <see cref="IContractPlanner"/> (default: the managed <see cref="NetworkContractPlanner"/>) and <see cref="IContractTermsPolicy"/> are kept, so a user can replace any of them.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds minerals, products, lists, rules, scorers, a solver, a terms policy or options; <see langword="null"/> keeps the embedded defaults.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>
    /// Registration does no work: it records factories, and the catalog (with its additions and files) is built and validated
    /// once, when first resolved. Calling it again is harmless: services are registered once, and each call's builder
    /// additions, rules, scorers, stages and options count, in call order (a later call's solver, planner or terms policy
    /// replaces an earlier call's, never one the user registered). Options honour <c>Configure</c>, <c>PostConfigure</c> and
    /// configuration binding, and are validated by the engine's rules when first resolved, or at start with
    /// <c>services.AddOptions&lt;MatchingOptions&gt;().ValidateOnStart()</c>. A rule or scorer type is registered once.
    /// </remarks>
    /// <example>
    /// <code>
    /// var provider = new ServiceCollection()
    ///     .AddMineralsMatch()
    ///     .Configure&lt;MatchingOptions&gt;(o => o.Objective = MatchObjective.CoverageFirst)
    ///     .BuildServiceProvider();
    /// var engine = provider.GetRequiredService&lt;IMatchingEngine&gt;();
    /// MatchResult result = engine.Match(MarketScenarios.JapanKazakhstan());
    /// </code>
    /// </example>
    public static IServiceCollection AddMineralsMatch(this IServiceCollection services, Action<MineralsMatchBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new MineralsMatchBuilder();
        configure?.Invoke(builder);

        var marker = MineralsMatchMarker.Find(services);
        if (marker is null)
        {
            marker = new MineralsMatchMarker();
            services.AddSingleton(marker);
        }

        services.AddOptions<MatchingOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidateOptions>());
        if (builder.Options is { } chosen)
        {
            var copy = chosen with { };
            services.Configure<MatchingOptions>(copy.CopyTo);
        }

        services.AddSingleton(builder.Additions());
        services.TryAddSingleton<IMineralCatalog>(provider => CatalogAdditions.Build(provider.GetServices<CatalogAdditions>()));

        marker.Use(services, builder.Solver is { } solver ? ServiceDescriptor.Singleton(solver) : ServiceDescriptor.Singleton<IAllocationSolver, NetworkSimplexAllocationSolver>(), builder.Solver is not null);
        marker.Use(services, builder.TermsPolicy is { } terms ? ServiceDescriptor.Singleton(terms) : ServiceDescriptor.Singleton<IContractTermsPolicy, DefaultContractTermsPolicy>(), builder.TermsPolicy is not null);
        marker.Use(
            services,
            builder.Planner is { } planner ? ServiceDescriptor.Singleton(planner) : ServiceDescriptor.Singleton<IContractPlanner>(provider => new NetworkContractPlanner(provider.GetRequiredService<IAllocationSolver>(), provider.GetService<ILogger<NetworkContractPlanner>>())),
            builder.Planner is not null);

        foreach (var rule in builder.Rules)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(rule));
        }

        foreach (var scorer in builder.Scorers)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(scorer));
        }

        services.TryAddSingleton<IMatchingEngine, MatchingEngine>();
        services.TryAddSingleton<Backtesting.IBacktester, Backtesting.Backtester>();
        services.TryAddSingleton<Comparison.IScenarioComparer, Comparison.ScenarioComparer>();
        services.TryAddSingleton<Stress.StressTester>();
        services.TryAddSingleton<Risk.SupplyRiskAnalyzer>();

        return services;
    }
}
