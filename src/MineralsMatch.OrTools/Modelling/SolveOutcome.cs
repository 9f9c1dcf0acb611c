namespace MineralsMatch.OrTools.Modelling;

/// <summary>What the planner's solve gave: the backend used, its plan (or none), the proven bound (NaN if none), whether it is proven optimal, and the work done.</summary>
/// <param name="Solver">The backend's name (<c>GLOP</c>, <c>SCIP</c>, …), with its failure when it failed.</param>
/// <param name="Plan">The fractional plan, or <see langword="null"/>.</param>
/// <param name="Bound">A proven upper bound on the value objective, or NaN.</param>
/// <param name="Optimal">Whether every stage was proven optimal.</param>
/// <param name="Iterations">Simplex iterations plus branch-and-bound nodes.</param>
/// <param name="Coverage">Under coverage first, the priority-weighted volume the first stage reached; 0 otherwise.</param>
internal sealed record SolveOutcome(string Solver, FractionalPlan? Plan, double Bound, bool Optimal, long Iterations, double Coverage = 0)
{
    public static SolveOutcome Failed(string solver) => new(solver, null, double.NaN, false, 0);
}
