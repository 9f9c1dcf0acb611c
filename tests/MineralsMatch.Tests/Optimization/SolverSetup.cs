using MineralsMatch.Optimization;

namespace MineralsMatch.Tests.Optimization;

/// <summary>The solver configurations the tests run: every algorithm and pivot rule, the candidate list forced on small inputs, the adaptive block set at every pivot.</summary>
internal static class SolverSetup
{
    public const string Block = "network simplex, block search";
    public const string Adaptive = "network simplex, adaptive block search";
    public const string AdaptiveEveryPivot = "network simplex, adaptive block search set again at every pivot, no density floor";
    public const string List = "network simplex, candidate list";
    public const string ListForced = "network simplex, candidate list from 0 nodes";
    public const string CostScaling = "cost scaling";
    public const string CostScalingAugment = "cost scaling, partial augment (the benchmark's cs-hub)";
    public const string BlockRenumbered = "network simplex, block search, nodes renumbered along the tree at every potential move";
    public const string AutomaticSwitched = "automatic, the simplex abandoned for cost scaling at its first potential move";

    public static readonly string[] All = [Block, Adaptive, List, ListForced, CostScaling];

    public static NetworkSimplex Create(string setup) => setup switch
    {
        Block => new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.BlockSearch },
        Adaptive => new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.AdaptiveBlockSearch },
        AdaptiveEveryPivot => new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.AdaptiveBlockSearch, AdaptiveBlockInterval = 1, AdaptiveBlockDensityFactor = 0 },
        List => new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.CandidateList },
        ListForced => new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.CandidateList, HotListMinNodes = 0 },
        CostScaling => new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling },
        CostScalingAugment => new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, AugmentLength = 4, CountLookAheadRelabels = true, PriceUpdateSpacing = 0.5, ScalingFactor = 12 },
        AutomaticSwitched => new NetworkSimplex { AutomaticWorkPerArc = 0 },
        BlockRenumbered => new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.BlockSearch, RenumberMinNodes = 0, RenumberWork = 1e-9 },
        _ => throw new ArgumentException($"Unknown solver setup '{setup}'.", nameof(setup)),
    };
}
