using BenchmarkDotNet.Running;
using MineralsMatch.Benchmarks;

const string Usage = """
    usage:
      bdn [BenchmarkDotNet args]                 BenchmarkDotNet suite (TSparse, TDense, TSkew, TCountry);
                                                 MM_BDN_SIZES=1e4,1e5 limits the sizes
      compare [--sizes 1e4,1e5] [--families T-sparse,T-hub] [--seed 1] [--no-mix]
              [--variants auto,list] [--warmups N] [--rounds N] [--no-lemon] [--lemon-cs]
                                                 interleaved OR-Tools/managed/LEMON ratio table
                                                 (LEMON when native/build-lemon.sh has built it)
      solo [--sizes ...] [--families ...] [--seed 1] [--runs 7] [--warmups 2] [--variant auto]
                                                 managed solver only: pivots, wall and process-CPU ms
                                                 (quick A/B runs while tuning; no OR-Tools)
      dimacs FILE... [--variants auto,cs] [--rounds 5] [--warmups 2] [--no-lemon] [--lemon-cs]
                                                 one tab-separated line per DIMACS file and variant
      trajectory FILE... [--no-cs] [--block]     the network simplex's potentials moved against its time, then cost scaling's time
                                             (--block: LEMON's block search instead of the default adaptive block)
      generate FAMILY SIZE SEED OUT.min          write a generated instance as DIMACS
    variants: auto (defaults), auto-block (automatic, LEMON's block search), auto-abF[-dK] (adaptive block
              with factor F and floor K·m/n), block (network simplex, block search), list (network simplex,
              candidate list: the engine's rule), cs (cost scaling), cs-hub (cost scaling tuned for
              transshipment: partial augment, ε/12, more price updates), cs-OPTION-... (see SolverVariant.cs)
    families: T-sparse, T-dense, T-skew, T-country, their -hard variants (demand 0.9x supply,
              costly unmet demand), T-netgen (NETGEN-like transport), T-hub (transshipment through hubs)
      engine [--offers 1000] [--requirements 1000] [--runs 5] [--planner exact [--time-limit 5]] [--digest] [--save FILE]
                                                 the whole matching pipeline on N × M candidate pairs;
                                                 MM_GC_STAGES=1 collects fully after each stage (the peak then shows
                                                 live data rather than collector slack), MM_PAUSE_AFTER=STAGE pauses
                                                 there for a heap dump, MM_TRACE_WS=1 prints the working set and heap
                                                 at each stage's end
      plan [--offers 200] [--requirements 300] [--years 15] [--per-requirement 8] [--alternatives 2]
           [--time-limit 10] [--solver SCIP|CP_SAT]
                                                 the exact OR-Tools planner on a seeded multi-year problem
      risk [--samples 1000] [--runs 3] [--planner exact]
                                                 the embedded stress pack as Monte Carlo supply risk, against one match
    """;

if (args.Length == 0)
{
    Console.WriteLine(Usage);
    return 2;
}

string[] rest = args[1..];
switch (args[0])
{
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(FamilyBenchmarks).Assembly).Run(rest);
        return 0;
    case "compare":
        return CompareCommand.Run(rest);
    case "solo":
        return SoloCommand.Run(rest);
    case "dimacs":
        return DimacsCommand.Run(rest);
    case "generate":
        return DimacsCommand.Generate(rest);
    case "trajectory":
        return TrajectoryCommand.Run(rest);
    case "engine":
        return EngineScaleCommand.Run(rest);
    case "plan":
        return PlanCommand.Run(rest);
    case "risk":
        return RiskCommand.Run(rest);
    default:
        Console.WriteLine(Usage);
        return 2;
}
