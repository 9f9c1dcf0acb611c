using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>A managed solver configured one way, timed beside the others.</summary>
internal sealed class SolverVariant(string name, NetworkSimplex solver)
{
    /// <summary>The names <see cref="Create"/> accepts.</summary>
    public const string Names = "auto (defaults), block (network simplex, block search), list (network simplex, candidate list: the engine's rule), cs (cost scaling); "
        + "for tuning cost scaling: cs-nopu (no price updates), cs-nola (no look-ahead), cs4 and cs16 (ε divided by 4 or 16 per refine instead of 8), "
        + "cs-aN (ε divided by N), cs-puX (a global price update every X·n relabels instead of n)";

    public string Name { get; } = name;

    public NetworkSimplex Solver { get; } = solver;

    public static SolverVariant Create(string name, bool mixArcs) => name switch
    {
        "auto" => new(name, new NetworkSimplex { MixArcs = mixArcs }),
        "block" => new(name, new NetworkSimplex { MixArcs = mixArcs, Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.BlockSearch }),
        "list" => new(name, new NetworkSimplex { MixArcs = mixArcs, Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.CandidateList }),
        "cs" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling }),
        "cs-nopu" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, PriceUpdates = false }),
        "cs-nola" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, LookAhead = false }),
        "cs4" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, ScalingFactor = 4 }),
        "cs16" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, ScalingFactor = 16 }),
        _ when name.StartsWith("cs-a", StringComparison.Ordinal) => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, ScalingFactor = long.Parse(name[4..], System.Globalization.CultureInfo.InvariantCulture) }),
        _ when name.StartsWith("cs-pu", StringComparison.Ordinal) => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, PriceUpdateSpacing = double.Parse(name[5..], System.Globalization.CultureInfo.InvariantCulture) }),
        _ => throw new ArgumentException($"Unknown solver variant '{name}'; expected {Names}.", nameof(name)),
    };

    /// <summary>A short label of what ran last: "NS" or "CS".</summary>
    public string Ran => Solver.AlgorithmUsed == MinCostFlowAlgorithm.CostScaling ? "CS" : "NS";
}
