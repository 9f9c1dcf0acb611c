using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>One year of a requirement in the plan: its demand that year and what the proposals deliver.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Demand">The demand that year (0 outside the window or before its profile starts).</param>
/// <param name="Met">The deliveries of all proposals to the requirement that year.</param>
/// <param name="Unmet">Demand left that year.</param>
public sealed record RequirementYear(int Year, Quantity Demand, Quantity Met, Quantity Unmet);
