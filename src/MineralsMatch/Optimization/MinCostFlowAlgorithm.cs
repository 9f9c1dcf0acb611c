namespace MineralsMatch.Optimization;

/// <summary>The algorithm <see cref="NetworkSimplex"/> runs to solve a problem.</summary>
/// <remarks>
/// Every algorithm returns the same status and optimal cost, flows within the capacities and
/// potentials that certify optimality; when the optimum is not unique they may return different
/// optimal flows and potentials.
/// </remarks>
public enum MinCostFlowAlgorithm
{
    /// <summary>
    /// Chooses per problem; the default. Runs the <see cref="NetworkSimplex"/>, the faster one on every generated family up to
    /// 10⁵ arcs and on most at 10⁶, and abandons it for <see cref="CostScaling"/> once it has moved about as many potentials
    /// (its main work) as cost scaling would need for the whole problem, 3 000 per arc: that happens on large networks whose
    /// spanning tree grows deep, where the simplex can take many times longer. The switch depends only on the problem, so
    /// results stay deterministic; the time spent in the simplex before it is lost (docs/performance.md).
    /// </summary>
    Automatic = 0,

    /// <summary>The primal network simplex with the pivot rule <see cref="NetworkSimplex.PivotRule"/>.</summary>
    NetworkSimplex = 1,

    /// <summary>
    /// Goldberg's cost scaling (push-relabel with ε-scaling): costs are multiplied by n + 2 and
    /// refined down to 1-optimality, which is then exact. Its arithmetic needs
    /// 64 · (n + 2)² · max|cost| to fit in a <see cref="long"/>; beyond that
    /// <see cref="NetworkSimplex.Solve(System.Threading.CancellationToken)"/> reports
    /// <see cref="NetworkSimplexStatus.BadInput"/>. Measured faster than the network simplex (and than
    /// OR-Tools) on large transshipment networks whose spanning tree grows deep: about a million arcs
    /// through hubs, or through country nodes with costly slack (docs/performance.md).
    /// </summary>
    CostScaling = 2,
}
