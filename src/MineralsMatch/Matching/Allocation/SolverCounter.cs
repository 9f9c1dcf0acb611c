namespace MineralsMatch.Matching.Allocation;

/// <summary>One figure a solver reports about its work, in its own terms (the network simplex reports <c>nodes</c>, <c>arcs</c>, <c>country-nodes</c> and <c>pivots</c>).</summary>
/// <param name="Name">The figure's kebab-case name, unique within a result.</param>
/// <param name="Value">The figure.</param>
public sealed record SolverCounter(string Name, long Value);
