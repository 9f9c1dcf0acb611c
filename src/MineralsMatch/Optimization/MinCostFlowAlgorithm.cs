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
    /// 10⁵ arcs but one and on the transport and country shapes at 10⁶, and abandons it for <see cref="CostScaling"/> once it has
    /// moved about as many potentials (its main work) as cost scaling needs for a whole problem, 2 048 per arc, or an eighth of
    /// that within its first two pivots per node: that happens on large transshipment networks whose spanning tree grows deep,
    /// where the simplex can take ten times longer, and cost scaling then runs with settings for long augmenting paths. The switch depends only on the problem, so results stay deterministic;
    /// the time spent in the simplex before it is lost. With the default pivot rule (<see cref="NetworkSimplexPivotRule.AdaptiveBlockSearch"/>)
    /// measured faster than OR-Tools on every instance tried, up to 2·10⁶ arcs (lowest 1.1–1.7× on the transshipment family at
    /// 10⁶ arcs, where cost scaling takes over, 1.48× on NETGEN-8 with 2^18 nodes, 2.38× at 10⁵ arcs), and at 0.02–0.84×
    /// LEMON's network simplex's time on every instance measured beside it (docs/performance.md).
    /// </summary>
    Automatic = 0,

    /// <summary>The primal network simplex with the pivot rule <see cref="NetworkSimplex.PivotRule"/>.</summary>
    NetworkSimplex = 1,

    /// <summary>
    /// Goldberg's cost scaling (push-relabel with ε-scaling, global price updates and price refinement): costs are multiplied
    /// by n + 2 and refined down to 1-optimality, which is then exact. Its arithmetic needs 64 · (n + 2)² · max|cost| to fit in
    /// a <see cref="long"/>; beyond that <see cref="NetworkSimplex.Solve(System.Threading.CancellationToken)"/> reports
    /// <see cref="NetworkSimplexStatus.BadInput"/>. Measured 1.8–2.7× faster than OR-Tools on our generator's networks from
    /// 2·10⁵ to 10⁶ arcs (0.8–1.4× on the original NETGEN generator's), and faster than the network simplex on large
    /// transshipment networks (hubs, intermediate nodes with costly slack, NETGEN-like graphs at 10⁶ arcs); slower than the
    /// simplex on transport networks hanging off free slack (docs/performance.md).
    /// </summary>
    CostScaling = 2,
}
