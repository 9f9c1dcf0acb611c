using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Allocation;

/// <summary>An optimal allocation: the flow on every link, the shadow values, the binding caps and statistics.</summary>
public sealed record AllocationResult
{
    /// <summary>The solver's name.</summary>
    public required string Solver { get; init; }

    /// <summary>The solver's final status (e.g. <c>Optimal</c>).</summary>
    public required string Status { get; init; }

    /// <summary>The flow on each link, in steps, in link order.</summary>
    public IReadOnlyList<long> Flows { get; init => field = ValueList<long>.From(value); } = ValueList<long>.Empty;

    /// <summary>Per supply, the objective gained by one more step of capacity (value units).</summary>
    public IReadOnlyList<long> SupplyShadowValues { get; init => field = ValueList<long>.From(value); } = ValueList<long>.Empty;

    /// <summary>Per demand, the objective gained by one more step of demand (value units).</summary>
    public IReadOnlyList<long> DemandShadowValues { get; init => field = ValueList<long>.From(value); } = ValueList<long>.Empty;

    /// <summary>The diversification caps used to the full.</summary>
    public IReadOnlyList<BindingCap> BindingCaps { get; init => field = ValueList<BindingCap>.From(value); } = ValueList<BindingCap>.Empty;

    /// <summary>The optimal objective in value units (for <see cref="MatchObjective.TotalValue"/>, the total value of the flows).</summary>
    public required Int128 Objective { get; init; }

    /// <summary>Nodes in the network.</summary>
    public required int Nodes { get; init; }

    /// <summary>Arcs in the network.</summary>
    public required int Arcs { get; init; }

    /// <summary>(Demand, country) nodes created because a country cap could bind.</summary>
    public required int CountryNodes { get; init; }

    /// <summary>Simplex pivots (or the backend's iteration count).</summary>
    public required long Iterations { get; init; }
}
