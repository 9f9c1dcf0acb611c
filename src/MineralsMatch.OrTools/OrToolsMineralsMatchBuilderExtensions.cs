using MineralsMatch.DependencyInjection;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools;

/// <summary>Registers the OR-Tools planner on a <see cref="MineralsMatchBuilder"/>.</summary>
public static class OrToolsMineralsMatchBuilderExtensions
{
    /// <summary>
    /// Makes the exact <see cref="OrToolsContractPlanner"/> the contract planner, with the managed
    /// <see cref="NetworkContractPlanner"/> as its fallback should OR-Tools find no plan in time.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="timeLimit">The longest one plan may search before it returns its best plan with the proven gap; <see langword="null"/> keeps the run's planning settings.</param>
    /// <returns>The builder.</returns>
    /// <example>
    /// <code>
    /// var provider = new ServiceCollection()
    ///     .AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(5)))
    ///     .BuildServiceProvider();
    /// </code>
    /// </example>
    public static MineralsMatchBuilder UseOrTools(this MineralsMatchBuilder builder, TimeSpan? timeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UsePlanner(new OrToolsContractPlanner(new OrToolsPlannerOptions { TimeLimit = timeLimit, Fallback = new NetworkContractPlanner() }));
    }
}
