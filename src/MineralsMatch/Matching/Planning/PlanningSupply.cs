using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>A supply of the planning problem: an offer's capacity in each planning year, in volume steps.</summary>
/// <param name="Id">The offer id.</param>
/// <param name="Supplier">The supplying party (for supplier share caps).</param>
/// <param name="Country">The supplier's country (for country share caps).</param>
/// <param name="Capacity">The capacity per planning year, in volume steps (0 before the offer starts or after it ends).</param>
public sealed record PlanningSupply(string Id, string Supplier, string Country, IReadOnlyList<long> Capacity)
{
    /// <summary>The capacity per planning year, in steps.</summary>
    public IReadOnlyList<long> Capacity { get; init => field = ValueList<long>.From(value); } = ValueList<long>.From(Capacity);
}
