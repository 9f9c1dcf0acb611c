namespace MineralsMatch.Matching.Candidates;

/// <summary>The pairs that passed every rule and those that did not, both in (requirement, offer) id order.</summary>
internal sealed record CandidateSet(IReadOnlyList<CandidatePair> Accepted, IReadOnlyList<PendingRejection> Rejected);
