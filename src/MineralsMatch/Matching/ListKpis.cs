namespace MineralsMatch.Matching;

/// <summary>How well the proposals cover one criticality list's demanded minerals: the mean share met and counts, never kilograms summed across minerals.</summary>
/// <param name="List">The list id, e.g. <c>japan-32</c>.</param>
/// <param name="Name">The list's name.</param>
/// <param name="MineralsDemanded">How many of the list's minerals have demand.</param>
/// <param name="FullyCovered">How many of those have all their demand met (by contained quantity).</param>
/// <param name="PartlyCovered">How many have some but not all of it met.</param>
/// <param name="NotCovered">How many get nothing.</param>
/// <param name="MeanDemandMetShare">The mean of their <see cref="MineralKpis.DemandMetShare"/>, 0 to 1.</param>
public sealed record ListKpis(string List, string Name, int MineralsDemanded, int FullyCovered, int PartlyCovered, int NotCovered, decimal MeanDemandMetShare);
