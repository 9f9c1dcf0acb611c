namespace MineralsMatch.Matching.Planning;

/// <summary>Plans contracts over the years: decides which candidate contracts to sign, at what annual volume, and their yearly deliveries.</summary>
/// <remarks>
/// The core package's planner is managed and approximate (it reports a bound); the <c>MineralsMatch.OrTools</c>
/// package adds an exact one. Implementations must be thread-safe and must never return a plan that breaks a
/// capacity, demand, route capacity, share cap or minimum volume.
/// </remarks>
public interface IContractPlanner
{
    /// <summary>Finds a feasible plan, as good as the planner can within <paramref name="settings"/>.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="settings">Time limit and tolerance.</param>
    /// <param name="cancellationToken">Cancels a long run.</param>
    /// <returns>The plan.</returns>
    PlanningResult Plan(PlanningProblem problem, PlanningSettings settings, CancellationToken cancellationToken = default);
}
