using MineralsMatch.Collections;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Candidates;

/// <summary>A run's pairs after the rules and scoring, each list in (requirement, offer) id order.</summary>
internal sealed class CandidateSet
{
    /// <summary>Keeps the scored candidates and each chunk's lists of rejected and no-value pairs, in chunk order.</summary>
    public CandidateSet(ScoredCandidates scored, BlockList<PendingRejection>[] rejected, BlockList<PendingRejection>[] unscored)
    {
        Scored = scored;
        Rejected = new JoinedBlocks<PendingRejection>(rejected);
        Unscored = new JoinedBlocks<PendingRejection>(unscored);
        Rejections = new JoinedBlocks<PendingRejection>([.. rejected, .. unscored]);
    }

    /// <summary>The scored candidates with a positive value.</summary>
    public ScoredCandidates Scored { get; }

    /// <summary>
    /// The pairs a rule rejected, then the pairs that passed every rule but have no value left, read as one list over the chunks'
    /// blocks (explanations read them together; no array of both is built).
    /// </summary>
    public IReadOnlyList<PendingRejection> Rejections { get; }

    /// <summary>The pairs a rule rejected.</summary>
    public IReadOnlyList<PendingRejection> Rejected { get; }

    /// <summary>The pairs that passed every rule but have no value left.</summary>
    public IReadOnlyList<PendingRejection> Unscored { get; }
}
