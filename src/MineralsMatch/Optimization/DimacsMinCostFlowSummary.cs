namespace MineralsMatch.Optimization;

/// <summary>What <see cref="DimacsMinCostFlowReader"/> read from a DIMACS min-cost-flow file.</summary>
/// <param name="NodeCount">The node count declared on the <c>p min</c> line.</param>
/// <param name="ArcCount">The number of <c>a</c> lines read, equal to the declared arc count.</param>
internal readonly record struct DimacsMinCostFlowSummary(int NodeCount, int ArcCount);
