namespace MineralsMatch.Optimization;

/// <summary>How <see cref="NetworkSimplex"/> chooses the entering arc of each simplex pivot.</summary>
/// <remarks>
/// Both rules give the same optimal cost; they differ in speed, and may pick different optimal
/// flows and potentials when the optimum is not unique. docs/performance.md has the measurements
/// behind each choice.
/// </remarks>
public enum NetworkSimplexPivotRule
{
    /// <summary>
    /// LEMON's block search: blocks of max(√m, 10) arcs, the most violating arc of the first
    /// block that has one. Robust on general graphs (NETGEN-like transport and transshipment,
    /// deep spanning trees); <see cref="AdaptiveBlockSearch"/>, the default, starts from it.
    /// </summary>
    BlockSearch = 0,

    /// <summary>
    /// Smaller blocks (max(√m / 4, m / n, 10) arcs) and, from 32 768 nodes on, a candidate list of
    /// each block's next best arcs re-priced for up to 20 pivots. Up to 4× faster than
    /// <see cref="BlockSearch"/> on matching-market networks, whose zero-cost slack arcs keep the
    /// spanning tree shallow, and several times slower on general graphs. The matching engine's
    /// allocation network uses it.
    /// </summary>
    CandidateList = 1,

    /// <summary>
    /// The default: <see cref="BlockSearch"/> whose block follows the tree's work. Every 1 024
    /// pivots the block is set to 64 × the potentials moved per pivot since the last time, between
    /// max(√m / 4, 8 m / n, 10) and max(√m, 10) arcs: LEMON's block while pivots are expensive
    /// (deep trees), smaller blocks while they are cheap, where scanning √m arcs per pivot would
    /// dominate. Measured 0.4–0.9× LEMON's time on every benchmark family and NETGEN instance; up
    /// to 2× faster than <see cref="BlockSearch"/> on shallow trees, within noise of it on deep ones.
    /// </summary>
    AdaptiveBlockSearch = 2,
}
