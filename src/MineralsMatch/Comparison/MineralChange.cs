namespace MineralsMatch.Comparison;

/// <summary>A mineral's coverage and supplier concentration before and after.</summary>
/// <param name="Mineral">The mineral id.</param>
/// <param name="CoverageBefore">Coverage in the baseline, 0 to 1.</param>
/// <param name="CoverageAfter">Coverage in the variant, 0 to 1.</param>
/// <param name="ConcentrationBefore">Supplier HHI of the met volume in the baseline, 0 to 1.</param>
/// <param name="ConcentrationAfter">Supplier HHI of the met volume in the variant, 0 to 1.</param>
public sealed record MineralChange(string Mineral, decimal CoverageBefore, decimal CoverageAfter, decimal ConcentrationBefore, decimal ConcentrationAfter)
{
    /// <summary>Coverage after less before.</summary>
    public decimal CoverageChange => CoverageAfter - CoverageBefore;
}
