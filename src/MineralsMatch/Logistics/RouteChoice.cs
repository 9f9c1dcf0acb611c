namespace MineralsMatch.Logistics;

/// <summary>The route picked for one offer–requirement pair and what it costs per unit of the product.</summary>
/// <param name="Route">The route.</param>
/// <param name="LogisticsPerUnit">Freight and handling in USD per unit of the product's pricing unit.</param>
/// <param name="RiskPenaltyPerUnit">The expected loss from disruption counted as a cost, USD per unit.</param>
public sealed record RouteChoice(Route Route, decimal LogisticsPerUnit, decimal RiskPenaltyPerUnit);
