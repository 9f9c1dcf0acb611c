using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Candidates;

/// <summary>A run's pairs after the rules and scoring, each list in (requirement, offer) id order.</summary>
/// <param name="Scored">The scored candidates with a positive value.</param>
/// <param name="Rejections">
/// The pairs a rule rejected, then the pairs that passed every rule but have no value left, in one array (explanations read
/// them together; no second array of both is built).
/// </param>
/// <param name="RejectedCount">How many of <paramref name="Rejections"/> a rule rejected (the first ones).</param>
internal sealed record CandidateSet(ScoredCandidates Scored, PendingRejection[] Rejections, int RejectedCount)
{
    /// <summary>The pairs a rule rejected.</summary>
    public ArraySegment<PendingRejection> Rejected => new(Rejections, 0, RejectedCount);

    /// <summary>The pairs that passed every rule but have no value left.</summary>
    public ArraySegment<PendingRejection> Unscored => new(Rejections, RejectedCount, Rejections.Length - RejectedCount);
}
