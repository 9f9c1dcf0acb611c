namespace MineralsMatch.Contracts;

/// <summary>One part of the value per unit of a supplier–buyer pairing, as a scorer computed it.</summary>
/// <param name="Name">A stable name, e.g. <c>price-margin</c>, <c>route-risk</c>, <c>strategic-priority</c>.</param>
/// <param name="UsdPerUnit">US dollars per unit of the product's pricing unit; negative for a cost or penalty.</param>
/// <param name="Explanation">How it was computed, in words.</param>
public sealed record ValueComponent(string Name, decimal UsdPerUnit, string Explanation);
