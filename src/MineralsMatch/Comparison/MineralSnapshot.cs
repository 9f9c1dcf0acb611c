namespace MineralsMatch.Comparison;

/// <summary>What a comparison reads of one mineral: coverage and how concentrated its suppliers are.</summary>
/// <param name="Mineral">The mineral id.</param>
/// <param name="RequiredKg">The annual demand in kg.</param>
/// <param name="MetKg">The annual volume met in kg.</param>
/// <param name="Coverage">Met ÷ required, 0 to 1.</param>
/// <param name="Concentration">The Herfindahl–Hirschman index of the met volume by supplier, 0 to 1 (1 = one supplier; 0 when nothing is met).</param>
public sealed record MineralSnapshot(string Mineral, decimal RequiredKg, decimal MetKg, decimal Coverage, decimal Concentration);
