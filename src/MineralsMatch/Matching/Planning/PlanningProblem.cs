using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// The multi-year contract planning problem handed to an <see cref="IContractPlanner"/>: per-year supply
/// capacities, per-year demands with share caps, shared route capacities, and candidate contracts.
/// Volumes are in integer steps of each product's pricing unit, values in integer value units per step.
/// </summary>
/// <remarks>
/// Year <c>y</c> of every per-year list is at index <c>y - FirstYear</c>; each list has <see cref="Years"/> entries.
/// A signed contract has one annual volume <c>v</c> between its minimum and maximum for its whole tenor; in each
/// delivery year it delivers between <c>share·(1−flex)·v</c> and <c>share·(1+flex)·v</c>, where <c>share</c> is the
/// fraction of that year the contract covers (below 1 in a first or last part-year).
/// </remarks>
public sealed record PlanningProblem
{
    /// <summary>The first planning year.</summary>
    public required int FirstYear { get; init; }

    /// <summary>The last planning year (inclusive).</summary>
    public required int LastYear { get; init; }

    /// <summary>The number of planning years.</summary>
    public int Years => LastYear - FirstYear + 1;

    /// <summary>The supplies (offers), in canonical order.</summary>
    public IReadOnlyList<PlanningSupply> Supplies { get; init => field = ValueList<PlanningSupply>.From(value); } = ValueList<PlanningSupply>.Empty;

    /// <summary>The demands (requirements), in canonical order.</summary>
    public IReadOnlyList<PlanningDemand> Demands { get; init => field = ValueList<PlanningDemand>.From(value); } = ValueList<PlanningDemand>.Empty;

    /// <summary>The routes whose yearly capacity is shared by every contract on them, in canonical order.</summary>
    public IReadOnlyList<PlanningRoute> Routes { get; init => field = ValueList<PlanningRoute>.From(value); } = ValueList<PlanningRoute>.Empty;

    /// <summary>The candidate contracts, in canonical order.</summary>
    public IReadOnlyList<PlanningContract> Contracts { get; init => field = value is ContractList own ? own : ValueList<PlanningContract>.From(value); } = ValueList<PlanningContract>.Empty;

    /// <summary>The problem's size: the delivery years of all its contracts together (a contract delivering in three years counts three).</summary>
    public long ContractYears => Contracts is ContractList own ? own.Table.ContractYears : Contracts.Sum(c => (long)c.YearShares.Count);

    /// <summary>What to maximise.</summary>
    public MatchObjective Objective { get; init; } = MatchObjective.TotalValue;

    /// <summary>The yearly discount rate applied to later years' value (0 = none); year <c>y</c> is weighted <c>1/(1+rate)^(y−FirstYear)</c>.</summary>
    public decimal DiscountRate { get; init; }

    /// <summary>The weight of year <paramref name="year"/>'s value: <c>1/(1+rate)^(year−FirstYear)</c>.</summary>
    /// <param name="year">A planning year.</param>
    /// <returns>The discount factor.</returns>
    public double DiscountFactor(int year) => Math.Pow(1 + (double)DiscountRate, -(year - FirstYear));

    /// <summary>
    /// Checks that every per-year list has one entry per planning year, every volume and capacity is at least zero, and every
    /// contract's indices, year shares, horizon, volumes, flexibility and tonnes are in range.
    /// </summary>
    /// <exception cref="ArgumentException">Something is out of range; the message names the field, the rule and the value.</exception>
    public void ThrowIfMalformed() => PlanningProblemGuard.ThrowIfMalformed(this);

    // Per problem object, its contracts as columns when they came as records (copied once); keyed by reference, so a `with`
    // copy with other contracts gets its own.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlanningProblem, ContractTable> Tables = new();

    // The contracts as columns, for the managed planner: the engine's own for a one-year run, copied once from records otherwise.
    internal ContractTable Table => Contracts is ContractList own ? own.Table : Tables.GetValue(this, static p => ContractTable.From(p.Contracts));
}
