using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>One year of a route in the plan: its shared capacity (if any) and what all proposals on it ship, in tonnes.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Capacity">The shared yearly capacity, or <see langword="null"/> when the route has none.</param>
/// <param name="Used">The tonnes all proposals on the route ship that year.</param>
public sealed record RouteYear(int Year, Quantity? Capacity, Quantity Used);
