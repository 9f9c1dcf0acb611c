namespace MineralsMatch.Matching.Candidates;

/// <summary>What planning reads of a scored pair's figures, in its product's pricing unit: the most and the least per year.</summary>
/// <param name="Most">The most both sides allow per year (<see cref="CandidatePair.MaxAnnualVolume"/>).</param>
/// <param name="Least">The least annual volume a contract needs (<see cref="CandidatePair.MinAnnualVolume"/>).</param>
internal readonly record struct PairVolumes(decimal Most, decimal Least);
