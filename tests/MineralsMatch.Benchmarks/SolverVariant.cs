using System.Globalization;
using MineralsMatch.Optimization;

namespace MineralsMatch.Benchmarks;

/// <summary>A managed solver configured one way, timed beside the others.</summary>
internal sealed class SolverVariant(string name, NetworkSimplex solver)
{
    /// <summary>The names <see cref="Create"/> accepts.</summary>
    public const string Names = "auto (defaults: adaptive block search), auto-block (automatic with LEMON's block search, the default before the eleventh session), auto-wN (automatic, the simplex abandoned for cost scaling after N·m potential updates instead of 2 048·m, an eighth of it within the first 2n pivots), auto-abF and auto-abF-dK (automatic, the adaptive block set every 1 024 pivots to F times the potentials moved per pivot instead of 64, between max(√m/4, K·m/n) and √m, K = 8 unless given), auto-rW and auto-rW-mM (automatic, nodes renumbered along the tree after W potentials moved per arc and node, from M nodes on, instead of 4 from 4 096; auto-r0 never), block (network simplex, block search), block-nomix (the same, arcs priced in the caller's order), list (network simplex, candidate list: the engine's rule), list-rW (the same, nodes renumbered after W potentials moved per arc and node; list-r0 never), cs (cost scaling), cs-hub (cost scaling tuned for long transshipment paths: "
        + "cs-pu0.5-cla-pa4-a12, much faster on T-hub and T-netgen, slower on the transport and country families); "
        + "for tuning cost scaling: cs-nopu (no price updates), cs-nola (no look-ahead), cs4 and cs16 (ε divided by 4 or 16 per refine instead of 8), "
        + "cs-OPTION-OPTION...: aN (ε divided by N), puX (a global price update every X·n relabels), paN (partial augment, paths of N arcs), "
        + "cla (look-ahead relabels count towards the next price update), nopr (no price refinement before a refine)";

    public string Name { get; } = name;

    public NetworkSimplex Solver { get; } = solver;

    public static SolverVariant Create(string name, bool mixArcs) => name switch
    {
        "auto" => new(name, new NetworkSimplex { MixArcs = mixArcs }),
        "auto-block" => new(name, new NetworkSimplex { MixArcs = mixArcs, PivotRule = NetworkSimplexPivotRule.BlockSearch }),
        "block" => new(name, new NetworkSimplex { MixArcs = mixArcs, Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.BlockSearch }),
        "block-nomix" => new(name, new NetworkSimplex { MixArcs = false, Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.BlockSearch }),
        "list" => new(name, new NetworkSimplex { MixArcs = mixArcs, Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.CandidateList }),
        "cs" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling }),
        "cs4" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, ScalingFactor = 4 }),
        "cs16" => new(name, new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling, ScalingFactor = 16 }),
        "cs-hub" => new(name, CostScaling(["pu0.5", "cla", "pa4", "a12"])),
        _ when name.StartsWith("auto-w", StringComparison.Ordinal) && long.TryParse(name[6..], NumberStyles.Integer, CultureInfo.InvariantCulture, out long work) =>
            new(name, new NetworkSimplex { MixArcs = mixArcs, AutomaticWorkPerArc = work }),
        _ when name.StartsWith("auto-r", StringComparison.Ordinal) => Renumbering(name, mixArcs),
        _ when name.StartsWith("auto-ab", StringComparison.Ordinal) => AdaptiveBlock(name, mixArcs),
        _ when name.StartsWith("list-r", StringComparison.Ordinal) && double.TryParse(name[6..], NumberStyles.Float, CultureInfo.InvariantCulture, out double listWork) =>
            new(name, new NetworkSimplex { MixArcs = mixArcs, Algorithm = MinCostFlowAlgorithm.NetworkSimplex, PivotRule = NetworkSimplexPivotRule.CandidateList, RenumberWork = listWork }),
        _ when name.StartsWith("cs-", StringComparison.Ordinal) => new(name, CostScaling(name[3..].Split('-'))),
        _ => throw new ArgumentException($"Unknown solver variant '{name}'; expected {Names}.", nameof(name)),
    };

    /// <summary>Automatic with the adaptive block of an "auto-abF" or "auto-abF-dK" variant: F times the potentials moved per pivot, at least K·m/n (8 unless given).</summary>
    private static SolverVariant AdaptiveBlock(string name, bool mixArcs)
    {
        string[] parts = name[7..].Split("-d");
        var solver = new NetworkSimplex { MixArcs = mixArcs, AdaptiveBlockFactor = double.Parse(parts[0], CultureInfo.InvariantCulture) };
        if (parts.Length > 1)
        {
            solver.AdaptiveBlockDensityFactor = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return new(name, solver);
    }

    /// <summary>Automatic with the renumbering of an "auto-rW" or "auto-rW-mM" variant: after W potentials moved per arc and node, from M nodes on.</summary>
    private static SolverVariant Renumbering(string name, bool mixArcs)
    {
        string[] parts = name[6..].Split("-m");
        var solver = new NetworkSimplex { MixArcs = mixArcs, RenumberWork = double.Parse(parts[0], CultureInfo.InvariantCulture) };
        if (parts.Length > 1)
        {
            solver.RenumberMinNodes = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return new(name, solver);
    }

    /// <summary>Cost scaling with the knobs named by the options of a "cs-..." variant.</summary>
    private static NetworkSimplex CostScaling(string[] options)
    {
        var solver = new NetworkSimplex { Algorithm = MinCostFlowAlgorithm.CostScaling };
        foreach (string option in options)
        {
            if (option.StartsWith('a') && long.TryParse(option[1..], NumberStyles.Integer, CultureInfo.InvariantCulture, out long alpha))
            {
                solver.ScalingFactor = alpha;
            }
            else if (option.StartsWith("pa", StringComparison.Ordinal) && int.TryParse(option[2..], NumberStyles.Integer, CultureInfo.InvariantCulture, out int length))
            {
                solver.AugmentLength = length;
            }
            else if (option.StartsWith("pu", StringComparison.Ordinal) && double.TryParse(option[2..], NumberStyles.Float, CultureInfo.InvariantCulture, out double spacing))
            {
                solver.PriceUpdateSpacing = spacing;
            }
            else
            {
                _ = option switch
                {
                    "cla" => solver.CountLookAheadRelabels = true,
                    "nopu" => solver.PriceUpdates = false,
                    "nola" => solver.LookAhead = false,
                    "nopr" => solver.PriceRefinement = false,
                    _ => throw new ArgumentException($"Unknown cost scaling option '{option}'.", nameof(options)),
                };
            }
        }

        return solver;
    }

    /// <summary>A short label of what ran last: "NS", "CS", or "NS>CS" when Automatic abandoned the simplex for cost scaling.</summary>
    public string Ran => Solver.AlgorithmUsed == MinCostFlowAlgorithm.NetworkSimplex ? "NS" : Solver.AbandonedPivots > 0 ? "NS>CS" : "CS";
}
