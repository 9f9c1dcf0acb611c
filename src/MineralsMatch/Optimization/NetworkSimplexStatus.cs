namespace MineralsMatch.Optimization;

/// <summary>The outcome of <see cref="NetworkSimplex.Solve(System.Threading.CancellationToken)"/>.</summary>
/// <remarks>
/// Only <see cref="Optimal"/> makes flows, potentials and the optimal cost readable. Every other
/// value describes a well-formed problem the solver could not or would not optimise; none of them
/// is reported by an exception.
/// </remarks>
public enum NetworkSimplexStatus
{
    /// <summary>The problem changed since the last solve, or it was never solved.</summary>
    NotSolved = 0,

    /// <summary>An optimal flow was found; flows, potentials and the optimal cost are available.</summary>
    Optimal = 1,

    /// <summary>Supplies and demands balance, but no flow within the arc capacities moves them.</summary>
    Infeasible = 2,

    /// <summary>The supplies do not sum to zero.</summary>
    Unbalanced = 3,

    /// <summary>
    /// A capacity is negative, or costs, capacities or supplies are so large that the solver's
    /// <see cref="long"/> arithmetic could overflow (see the remarks on <see cref="NetworkSimplex"/>).
    /// </summary>
    BadInput = 4,
}
