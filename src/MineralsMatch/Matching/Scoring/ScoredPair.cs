using MineralsMatch.Logistics;

namespace MineralsMatch.Matching.Scoring;

/// <summary>
/// A scored candidate as the engine keeps it: the offer's and the requirement's index in the run, the picked route and the
/// figures planning reads. The <see cref="ScoredCandidate"/> record is built from it only when a later stage must show the pair.
/// </summary>
/// <param name="Route">The picked route (shared by every pair of the offer and destination), or <see langword="null"/>.</param>
/// <param name="ValuePerStep">
/// The value of one volume step in value units (the sum of the scorers' components per unit, at the run's scale): what planning
/// reads. The value per unit itself is the record's (<see cref="ScoredCandidate.ValuePerUnit"/>, the same sum to the last digit);
/// 8 bytes here instead of a 16-byte decimal.
/// </param>
/// <param name="MaxSteps">The most both sides allow per year, in volume steps of the run's resolution (rounded down).</param>
/// <param name="MinSteps">The least annual volume a contract needs, in volume steps (rounded up).</param>
/// <param name="Limit">Which bound sets <paramref name="MaxSteps"/>.</param>
/// <param name="Offer">The offer's index in the run's offers.</param>
/// <param name="Requirement">The requirement's index in the run's requirements.</param>
/// <param name="HasMeasures">Whether trade measures concern the pair.</param>
internal readonly record struct ScoredPair(RouteChoice? Route, long ValuePerStep, long MaxSteps, long MinSteps, Candidates.VolumeLimit Limit, int Offer, int Requirement, bool HasMeasures);
