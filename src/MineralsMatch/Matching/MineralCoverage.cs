namespace MineralsMatch.Matching;

/// <summary>How much of the demand for one mineral the proposals cover, by contained-agnostic gross mass in kilograms.</summary>
/// <param name="Mineral">The mineral id.</param>
/// <param name="RequiredKg">Annual demand across its products, in kg.</param>
/// <param name="MetKg">Annual volume proposed, in kg.</param>
/// <param name="Coverage">MetKg / RequiredKg, 0 to 1 (0 when nothing is required).</param>
/// <param name="OnJapan32">Whether the mineral is on the <c>japan-32</c> list.</param>
public sealed record MineralCoverage(string Mineral, decimal RequiredKg, decimal MetKg, decimal Coverage, bool OnJapan32);
