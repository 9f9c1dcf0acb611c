using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Turns volumes into integer steps of <see cref="MatchingOptions.VolumeResolution"/> and values per unit into integer value
/// units per step of <see cref="MatchingOptions.ValueResolution"/>.
/// </summary>
/// <remarks>Both factors are worked out once per run: per candidate, a decimal multiplication is several times cheaper than a division. With power-of-ten resolutions (the defaults) both are exact.</remarks>
internal sealed record PlanScale(decimal StepsPerUnit, decimal ValuePerUsdStep, decimal Resolution)
{
    public static PlanScale Of(MatchingOptions options) =>
        new(1m / options.VolumeResolution, options.VolumeResolution / options.ValueResolution, options.VolumeResolution);

    public long Steps(decimal amount) => (long)decimal.Floor(amount * StepsPerUnit);

    public long MinimumSteps(decimal least) => (long)decimal.Ceiling(least * StepsPerUnit);

    public long ValuePerStep(decimal valuePerUnit) => (long)decimal.Round(valuePerUnit * ValuePerUsdStep, MidpointRounding.ToEven);

    public decimal Volume(long steps) => Collections.Decimals.Normalize(steps * Resolution);
}
