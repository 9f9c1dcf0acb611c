namespace MineralsMatch.OrTools.Modelling;

/// <summary>What one solve of a <see cref="PlanModel"/> gave.</summary>
/// <param name="Status">The backend's status name.</param>
/// <param name="Optimal">Whether the backend proved its solution optimal.</param>
/// <param name="Plan">The solution, or <see langword="null"/> when the backend found none.</param>
/// <param name="Bound">A proven upper bound on the objective, or NaN when the backend proved none.</param>
internal sealed record ModelOutcome(string Status, bool Optimal, FractionalPlan? Plan, double Bound);
