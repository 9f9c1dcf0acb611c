namespace MineralsMatch.Matching.Allocation;

/// <summary>Solves the allocation problem exactly; the default is the managed network simplex.</summary>
/// <remarks>Replace it with <c>services.AddMineralsMatch(b => b.UseSolver(new MySolver()))</c>. Implementations must be thread-safe.</remarks>
public interface IAllocationSolver
{
    /// <summary>Finds the allocation that maximises the problem's objective.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="cancellationToken">Cancels a long solve.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="InvalidOperationException">The problem is too large for the solver's integer arithmetic.</exception>
    AllocationResult Solve(AllocationProblem problem, CancellationToken cancellationToken = default);
}
