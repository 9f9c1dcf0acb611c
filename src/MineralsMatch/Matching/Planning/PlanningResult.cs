using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>A feasible contract plan: the annual volume and yearly deliveries of every candidate contract, with its optimality.</summary>
public sealed record PlanningResult
{
    /// <summary>The planner's name.</summary>
    public required string Planner { get; init; }

    /// <summary>Whether the plan is proven optimal or approximate.</summary>
    public required PlanOptimality Optimality { get; init; }

    /// <summary>The objective reached, in discounted value units.</summary>
    public required double Objective { get; init; }

    /// <summary>A proven upper bound on the objective of any feasible plan (equal to <see cref="Objective"/> when optimal).</summary>
    public required double Bound { get; init; }

    /// <summary>The relative gap <c>(Bound − Objective) / max(|Bound|, 1)</c>; 0 when optimal.</summary>
    public double Gap => Math.Max(0, Bound - Objective) / Math.Max(Math.Abs(Bound), 1);

    /// <summary>Per contract (problem order), the signed annual volume in steps; 0 = not signed.</summary>
    public IReadOnlyList<long> AnnualVolumes { get; init => field = value as SparseList<long> ?? (IReadOnlyList<long>)ValueList<long>.From(value); } = ValueList<long>.Empty;

    /// <summary>Per contract (problem order), the delivery in each of its delivery years in steps (empty when not signed).</summary>
    public IReadOnlyList<IReadOnlyList<long>> Deliveries { get; init => field = Kept(value) ?? ValueList<IReadOnlyList<long>>.From(value.Select(ValueList<long>.From)); } = ValueList<IReadOnlyList<long>>.Empty;

    // The deliveries as they are when every contract's list is already a value list (as the planners give them, in a value list
    // or, when few are signed, a sparse list whose other lists are the empty value list); else null, to copy.
    private static IReadOnlyList<IReadOnlyList<long>>? Kept(IReadOnlyList<IReadOnlyList<long>> value) => value switch
    {
        ValueList<IReadOnlyList<long>> own when AllValueLists(own.Span) => own,
        SparseList<IReadOnlyList<long>> sparse when sparse.Default is ValueList<long> && AllValueLists(sparse.StoredValues) => sparse,
        _ => null,
    };

    // Whether every list is a value list.
    private static bool AllValueLists(ReadOnlySpan<IReadOnlyList<long>> lists)
    {
        foreach (var deliveries in lists)
        {
            if (deliveries is not ValueList<long>)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Solver iterations (simplex pivots, branch-and-bound nodes, …), for statistics.</summary>
    public long Iterations { get; init; }

    // The managed planner's network of a one-year plan, for explanations; a planner that returns the managed planner's plan as
    // its own (a fallback, with another name and optimality) carries it along, since a `with` copy keeps it. It is not part of
    // the plan: equality and the hash code leave it out.
    internal NetworkTrace? Trace { get; init; }

    /// <inheritdoc />
    public bool Equals(PlanningResult? other) =>
        other is not null && (ReferenceEquals(this, other) || (Planner == other.Planner && Optimality == other.Optimality
            && Objective.Equals(other.Objective) && Bound.Equals(other.Bound) && Iterations == other.Iterations
            && AnnualVolumes.Equals(other.AnnualVolumes) && Deliveries.Equals(other.Deliveries)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Planner, Optimality, Objective, Bound, AnnualVolumes, Deliveries, Iterations);
}
