using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Allocation;

/// <summary>An allocation: the flow on every link, the shadow values, the binding caps and what the solver reports about its work.</summary>
public sealed record AllocationResult
{
    /// <summary>The solver's name.</summary>
    public required string Solver { get; init; }

    /// <summary>How good the allocation is.</summary>
    public required AllocationStatus Status { get; init; }

    /// <summary>The flow on each link, in steps, in link order.</summary>
    public IReadOnlyList<long> Flows { get; init => field = value as SparseList<long> ?? (IReadOnlyList<long>)ValueList<long>.From(value); } = ValueList<long>.Empty;

    /// <summary>Per supply, the objective gained by one more step of capacity (value units).</summary>
    public IReadOnlyList<long> SupplyShadowValues { get; init => field = ValueList<long>.From(value); } = ValueList<long>.Empty;

    /// <summary>Per demand, the objective gained by one more step of demand (value units).</summary>
    public IReadOnlyList<long> DemandShadowValues { get; init => field = ValueList<long>.From(value); } = ValueList<long>.Empty;

    /// <summary>The diversification caps used to the full.</summary>
    public IReadOnlyList<BindingCap> BindingCaps { get; init => field = ValueList<BindingCap>.From(value); } = ValueList<BindingCap>.Empty;

    /// <summary>The optimal objective in value units (for <see cref="MatchObjective.TotalValue"/>, the total value of the flows).</summary>
    public required Int128 Objective { get; init; }

    /// <summary>What the solver reports about its work, in its own terms (<see cref="SolverCounter"/>); empty when it reports nothing.</summary>
    public IReadOnlyList<SolverCounter> Counters { get; init => field = ValueList<SolverCounter>.From(value); } = ValueList<SolverCounter>.Empty;

    /// <summary>The counter of this name, or 0 when the solver does not report it.</summary>
    /// <param name="name">The counter's name.</param>
    /// <returns>The counter's value.</returns>
    public long Counter(string name) => Counters.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))?.Value ?? 0;
}
