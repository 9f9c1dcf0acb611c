using MineralsMatch.Matching.Allocation;

namespace MineralsMatch.Matching.Planning;

/// <summary>The last network the managed planner solved for the first planning year, for explanations: the problem, its result, and which contract each link is.</summary>
/// <param name="Problem">The network.</param>
/// <param name="Result">Its optimal flows, shadow values and binding caps.</param>
/// <param name="Contracts">Per link of <paramref name="Problem"/>, the contract index.</param>
/// <param name="Dropped">Contracts dropped in earlier rounds because they fell below their minimum, with the steps they had.</param>
/// <param name="Solver">The solver that solved <paramref name="Problem"/>.</param>
internal sealed record NetworkTrace(AllocationProblem Problem, AllocationResult Result, IReadOnlyList<int> Contracts, IReadOnlyList<(int Contract, long Steps)> Dropped, IAllocationSolver Solver);
