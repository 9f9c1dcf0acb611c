using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>A route whose yearly capacity is shared by every contract that ships on it.</summary>
/// <param name="Id">The route id.</param>
/// <param name="CapacityTonnes">The capacity per planning year in tonnes of product shipped.</param>
public sealed record PlanningRoute(string Id, IReadOnlyList<decimal> CapacityTonnes)
{
    /// <summary>The shared capacity per planning year, in tonnes.</summary>
    public IReadOnlyList<decimal> CapacityTonnes { get; init => field = ValueList<decimal>.From(value); } = ValueList<decimal>.From(CapacityTonnes);
}
