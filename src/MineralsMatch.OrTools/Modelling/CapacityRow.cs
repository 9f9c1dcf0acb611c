namespace MineralsMatch.OrTools.Modelling;

/// <summary>
/// One family of per-year packing constraints: an offer's capacity, a requirement's demand, a supplier or country
/// cap of one requirement, or a shared route. In year <c>t</c>, Σ coefficient·delivery of the member contracts ≤ limit[t].
/// </summary>
/// <param name="Name">A readable name for the model (e.g. <c>supply:0</c>).</param>
/// <param name="Limits">The limit in each planning year (steps, or tonnes for a route).</param>
/// <param name="Members">The member contracts' indices.</param>
/// <param name="Coefficients">Per member, what one delivered step uses of the limit (1, or tonnes per step for a route).</param>
internal sealed record CapacityRow(string Name, decimal[] Limits, List<int> Members, List<decimal> Coefficients);
