using System.Runtime.CompilerServices;

namespace MineralsMatch.Optimization;

/// <content>Validation, the starting tree and the solve driver.</content>
public sealed partial class NetworkSimplex
{
    private const int CancellationCheckMask = 1023;
    private const int MinBlockSize = 10;

    // Automatic: the network simplex may move this many potentials per arc (its main work) before it is abandoned for cost
    // scaling. About the most cost scaling needs on such networks (4–18 µs per arc at 2·10⁵–10⁶ arcs, against 7–9 ns per
    // potential moved: 500–2 300 per arc); the simplex's own totals stay below it where it wins (at most 1 965 per arc, T-hub
    // 228 000) and pass it on the deep trees of large transshipment networks (docs/performance.md, "Automatic: the simplex
    // with a work budget").
    private const long DefaultAutomaticWorkPerArc = 2_048;

    // A tree that is deep from the start gives itself away sooner: an eighth of the budget spent within the first two pivots
    // per node. Measured on every family at 10⁴–10⁶ arcs, only T-country-hard 10⁶ moves that much so early (512 per arc by
    // 1.8 pivots per node); every other instance had moved under 16 per arc by then (docs/performance.md).
    private const long EarlyWorkDivisor = 8;
    private const long DefaultEarlyPivotsPerNode = 2;

    // Automatic's fallback runs on the networks that made the simplex spend its budget, whose trees grow deep: long augmenting
    // paths. Cost scaling with the benchmark's cs-hub settings measured 10–45 % faster there than with its defaults (T-hub
    // 5·10⁵ and 10⁶, seeds 1–3: 8.4 against 10.9 s, 16.1 / 17.6 / 22.0 against 28.7 / 19.5 / 32.6 s of process CPU) and
    // −20 % to +15 % on T-country-hard 10⁶ (seeds 1–3), the other network that switches (docs/performance.md, "The adaptive
    // block, the default").
    private const int FallbackAugmentLength = 4;
    private const long FallbackScalingFactor = 12;
    private const double FallbackPriceUpdateSpacing = 0.5;

    // Pivots of the network simplex before Automatic abandoned it (0 when it did not).
    private long _abandonedPivots;

    // Candidate-list pricing (docs/performance.md, "Candidate list"). After a block scan, up to
    // HotListMinorPivots pivots take their entering arc from a hot list of the block's next best
    // blockSize / HotListBlockDivisor violating arcs, re-priced each time, as long as the best of
    // them still gains at least 1 / HotGainDivisor of what the scan's winner gained. It pays only
    // when a scanned arc is expensive, i.e. when the potentials no longer fit in cache, so it is
    // switched on from DefaultHotListMinNodes nodes (256 KB of potentials); below that the extra pivots
    // it causes cost more than the scans it saves (measured: 10^4-10^5 arcs and T-dense lose).
    private const int DefaultHotListMinNodes = 1 << 15;

    private const int HotListMinorPivots = 20;
    private const int HotListBlockDivisor = 32;
    private const long HotGainDivisor = 8;

    /// <summary>Solves the problem as built so far.</summary>
    /// <param name="cancellationToken">Checked every 1 024 pivots.</param>
    /// <returns>
    /// <see cref="NetworkSimplexStatus.Optimal"/> when flows, potentials and <see cref="OptimalCost"/>
    /// can be read; otherwise the reason they cannot.
    /// </returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the status stays <see cref="NetworkSimplexStatus.NotSolved"/>.</exception>
    public NetworkSimplexStatus Solve(CancellationToken cancellationToken = default)
    {
        _status = NetworkSimplexStatus.NotSolved;
        _pivotCount = 0;
        _potentialUpdates = 0;
        _optimalCost = 0;

        NetworkSimplexStatus check = Validate(out long maxAbsCost);
        if (check != NetworkSimplexStatus.Optimal)
        {
            _status = check;
            return check;
        }

        bool costScalingFits = CostScalingFits(_nodeCount, maxAbsCost);
        _algorithmUsed = Algorithm == MinCostFlowAlgorithm.CostScaling ? MinCostFlowAlgorithm.CostScaling : MinCostFlowAlgorithm.NetworkSimplex;
        _abandonedPivots = 0;
        if (Algorithm == MinCostFlowAlgorithm.CostScaling)
        {
            _status = costScalingFits ? SolveByCostScaling(maxAbsCost, cancellationToken) : NetworkSimplexStatus.BadInput;
            return _status;
        }

        BuildStartingTree(maxAbsCost);
        bool budgeted = Algorithm == MinCostFlowAlgorithm.Automatic && costScalingFits;
        long arcs = Math.Max(_arcCount, 1L);
        long workBudget = budgeted ? AutomaticWorkPerArc * arcs : long.MaxValue;
        long earlyBudget = budgeted ? AutomaticWorkPerArc / EarlyWorkDivisor * arcs : long.MaxValue;
        long earlyPivots = budgeted ? AutomaticEarlyPivotsPerNode * (long)_nodeCount : 0;
        if (!RunPivots(workBudget, earlyBudget, earlyPivots, cancellationToken))
        {
            _abandonedPivots = _pivotCount;
            _algorithmUsed = MinCostFlowAlgorithm.CostScaling;
            _status = SolveByFallbackCostScaling(maxAbsCost, cancellationToken);
            return _status;
        }

        _status = Finish();
        return _status;
    }

    /// <summary>
    /// Automatic's fallback: cost scaling with the settings for long augmenting paths (partial augment of
    /// <see cref="FallbackAugmentLength"/> arcs, ε divided by <see cref="FallbackScalingFactor"/>, a global price update every
    /// n / 2 relabels, look-ahead relabels counted), the caller's settings restored afterwards.
    /// </summary>
    private NetworkSimplexStatus SolveByFallbackCostScaling(long maxAbsCost, CancellationToken cancellationToken)
    {
        (long factor, double spacing, bool countLookAhead, int augment) = (ScalingFactor, PriceUpdateSpacing, CountLookAheadRelabels, AugmentLength);
        (ScalingFactor, PriceUpdateSpacing, CountLookAheadRelabels, AugmentLength) = (FallbackScalingFactor, FallbackPriceUpdateSpacing, true, FallbackAugmentLength);
        try
        {
            return SolveByCostScaling(maxAbsCost, cancellationToken);
        }
        finally
        {
            (ScalingFactor, PriceUpdateSpacing, CountLookAheadRelabels, AugmentLength) = (factor, spacing, countLookAhead, augment);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NetworkSimplexStatus Validate(out long maxAbsCost)
    {
        int m = _arcCount;
        int n = _nodeCount;
        maxAbsCost = 0;
        if ((long)m + n + 1 > Array.MaxLength)
        {
            return NetworkSimplexStatus.BadInput;
        }

        Int128 capacitySum = 0;
        long[] capacity = _capacity;
        long[] cost = _cost;
        for (int a = 0; a < m; a++)
        {
            long u = capacity[a];
            if (u < 0)
            {
                return NetworkSimplexStatus.BadInput;
            }

            capacitySum += u;
            long c = cost[a];
            if (c == long.MinValue)
            {
                return NetworkSimplexStatus.BadInput;
            }

            maxAbsCost = Math.Max(maxAbsCost, Math.Abs(c));
        }

        // Potentials are sums of at most n arc costs plus one artificial cost of about (n + 1) * C,
        // and a reduced cost adds two of them: keeping (4n + 8) * C below long.MaxValue is enough.
        if (maxAbsCost > (long.MaxValue - 4) / (4 * ((long)n + 2)))
        {
            return NetworkSimplexStatus.BadInput;
        }

        Int128 supplySum = 0;
        Int128 positiveSupply = 0;
        long[] supply = _nodeSupply;
        for (int v = 0; v < n; v++)
        {
            long b = supply[v];
            supplySum += b;
            if (b > 0)
            {
                positiveSupply += b;
            }
        }

        // Every flow, artificial ones included, is bounded by this sum, so no update overflows.
        if (capacitySum + positiveSupply > long.MaxValue)
        {
            return NetworkSimplexStatus.BadInput;
        }

        return supplySum != 0 ? NetworkSimplexStatus.Unbalanced : NetworkSimplexStatus.Optimal;
    }

    private NetworkSimplexStatus Finish()
    {
        int m = _arcCount;
        int n = _nodeCount;
        long[] flow = _flow;
        for (int e = m; e < m + n; e++)
        {
            if (flow[e] != 0)
            {
                return NetworkSimplexStatus.Infeasible;
            }
        }

        long[] potential = _potential;
        long rootPotential = potential[n];
        for (int v = 0; v <= n; v++)
        {
            potential[v] -= rootPotential;
        }

        Int128 total = 0;
        long[] cost = _cost;
        for (int e = 0; e < m; e++)
        {
            total += (Int128)flow[e] * cost[e];
        }

        _optimalCost = total;
        return NetworkSimplexStatus.Optimal;
    }
}
