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
    /// Chooses per problem: cost scaling for large sparse networks with many transshipment nodes,
    /// where it was measured faster, and the network simplex otherwise (and whenever the costs are
    /// too large for cost scaling's scaled arithmetic). The default.
    /// </summary>
    Automatic = 0,

    /// <summary>The primal network simplex with the pivot rule <see cref="NetworkSimplex.PivotRule"/>.</summary>
    NetworkSimplex = 1,

    /// <summary>
    /// Goldberg's cost scaling (push-relabel with ε-scaling): costs are multiplied by n + 2 and
    /// refined down to 1-optimality, which is then exact. Its arithmetic needs
    /// 64 · (n + 2)² · max|cost| to fit in a <see cref="long"/>; beyond that
    /// <see cref="NetworkSimplex.Solve(System.Threading.CancellationToken)"/> reports
    /// <see cref="NetworkSimplexStatus.BadInput"/>.
    /// </summary>
    CostScaling = 2,
}
