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
    /// block that has one. The default; robust on general graphs (NETGEN-like transport and
    /// transshipment, deep spanning trees).
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
}
