using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Candidates;

/// <summary>A run's pairs after the rules and scoring, each list in (requirement, offer) id order.</summary>
/// <param name="Scored">The scored candidates with a positive value.</param>
/// <param name="Rejected">The pairs a rule rejected.</param>
/// <param name="Unscored">The pairs that passed every rule but have no value left.</param>
internal sealed record CandidateSet(ScoredCandidates Scored, IReadOnlyList<PendingRejection> Rejected, IReadOnlyList<PendingRejection> Unscored);
