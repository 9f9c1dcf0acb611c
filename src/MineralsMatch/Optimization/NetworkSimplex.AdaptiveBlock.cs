namespace MineralsMatch.Optimization;

/// <content>Adaptive block search, the default pivot rule: block search whose block follows the potentials moved per pivot.</content>
public sealed partial class NetworkSimplex
{
    // Every 1 024 pivots the block is set to 64 times the potentials moved per pivot, at least 8 m / n arcs (docs/performance.md,
    // "The adaptive block, the default"). Measured on every family and the NETGEN instances: 64 halves T-skew 10⁶'s time
    // against LEMON's block (√m) and leaves the deep trees at √m (32 and 128 were slower at 10⁴–10⁵); the density floor keeps
    // dense networks (NETGEN-SR, T-dense-hard), where pricing is cheap per pivot and small blocks cost pivots, at their old
    // pivot counts.
    private const double DefaultAdaptiveBlockFactor = 64;
    private const double DefaultAdaptiveBlockDensityFactor = 8;
    private const int DefaultAdaptiveBlockInterval = 1_024;

    /// <summary>Gets or sets the adaptive block's size per potential moved per pivot (benchmarks vary it).</summary>
    internal double AdaptiveBlockFactor { get; set; } = DefaultAdaptiveBlockFactor;

    /// <summary>Gets or sets the adaptive block's floor in arcs per node (m / n) (benchmarks vary it).</summary>
    internal double AdaptiveBlockDensityFactor { get; set; } = DefaultAdaptiveBlockDensityFactor;

    /// <summary>Gets the arcs the last solve priced per block when it ended (tests read the adaptive block).</summary>
    internal int BlockSize => _blockSize;

    /// <summary>Gets the smallest block the last solve priced with (tests read the adaptive block).</summary>
    internal int SmallestBlockSize { get; private set; }

    /// <summary>Gets or sets every how many pivots the adaptive block is set again, a power of two (tests lower it).</summary>
    internal int AdaptiveBlockInterval { get; set; } = DefaultAdaptiveBlockInterval;

    /// <summary>
    /// <see cref="NetworkSimplexPivotRule.AdaptiveBlockSearch"/>: the block becomes <see cref="AdaptiveBlockFactor"/> times the
    /// potentials moved per pivot over the last <paramref name="pivots"/> pivots, between max(√m / 4, 8 m / n, 10) and max(√m, 10).
    /// </summary>
    private void AdaptBlock(ref long windowUpdates, long pivots)
    {
        double perPivot = (_potentialUpdates - windowUpdates) / (double)pivots;
        windowUpdates = _potentialUpdates;
        int largest = BlockSearchBlockSize(_arcCount);
        int perNode = (int)Math.Min(AdaptiveBlockDensityFactor * _arcCount / Math.Max(_nodeCount, 1), largest);
        int smallest = Math.Min(Math.Max(CandidateListBlockSize(_arcCount, _nodeCount), perNode), largest);
        _blockSize = (int)Math.Clamp(AdaptiveBlockFactor * perPivot, smallest, largest);
        SmallestBlockSize = Math.Min(SmallestBlockSize, _blockSize);
    }
}
