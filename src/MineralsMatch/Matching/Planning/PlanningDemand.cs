using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>A demand of the planning problem: a requirement's demand in each planning year, with its share caps.</summary>
/// <param name="Id">The requirement id.</param>
/// <param name="Priority">The priority, 1 to 10 (weights the coverage objective).</param>
/// <param name="Demand">The demand per planning year, in volume steps.</param>
/// <param name="SupplierCap">Per planning year, the most any one supplier may provide in steps, or <see langword="null"/> for no cap.</param>
/// <param name="CountryCap">Per planning year, the most any one country may provide in steps, or <see langword="null"/> for no cap.</param>
public sealed record PlanningDemand(string Id, int Priority, IReadOnlyList<long> Demand, IReadOnlyList<long>? SupplierCap, IReadOnlyList<long>? CountryCap)
{
    /// <summary>The demand per planning year, in steps.</summary>
    public IReadOnlyList<long> Demand { get; init => field = ValueList<long>.From(value); } = ValueList<long>.From(Demand);

    /// <summary>Per planning year, the most any one supplier may provide in steps, or <see langword="null"/>.</summary>
    public IReadOnlyList<long>? SupplierCap { get; init => field = value is null ? null : ValueList<long>.From(value); } = SupplierCap is null ? null : ValueList<long>.From(SupplierCap);

    /// <summary>Per planning year, the most any one country may provide in steps, or <see langword="null"/>.</summary>
    public IReadOnlyList<long>? CountryCap { get; init => field = value is null ? null : ValueList<long>.From(value); } = CountryCap is null ? null : ValueList<long>.From(CountryCap);
}
