using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>A managed solver configured one way, timed beside the others.</summary>
internal sealed class SolverVariant(string name, NetworkSimplex solver)
{
    /// <summary>The names <see cref="Create"/> accepts.</summary>
    public const string Names = "auto (defaults), block (network simplex, block search), list (network simplex, candidate list: the engine's rule), cs (cost scaling)";

    public string Name { get; } = name;

    public NetworkSimplex Solver { get; } = solver;

    public static SolverVariant Create(string name, bool mixArcs) => name switch
    {
        "auto" => new(name, new NetworkSimplex { MixArcs = mixArcs }),
        "block" => new(name, new NetworkSimplex { MixArcs = mixArcs, Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.BlockSearch }),
        "list" => new(name, new NetworkSimplex { MixArcs = mixArcs, Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.CandidateList }),
        "cs" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling }),
        _ => throw new ArgumentException($"Unknown solver variant '{name}'; expected {Names}.", nameof(name)),
    };

    /// <summary>A short label of what ran last: "NS" or "CS".</summary>
    public string Ran => Solver.AlgorithmUsed == MinCostFlowAlgorithm.CostScaling ? "CS" : "NS";
}
