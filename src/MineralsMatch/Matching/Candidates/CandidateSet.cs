using MineralsMatch.Collections;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Candidates;

/// <summary>A run's pairs after the rules and scoring, each list in (requirement, offer) id order.</summary>
internal sealed class CandidateSet
{
    /// <summary>
    /// Keeps the scored candidates and each chunk's rejected and no-value pairs, in chunk order, each list with its chunk's
    /// reasons written up front.
    /// </summary>
    public CandidateSet(
        ScoredCandidates scored,
        RejectionSource source,
        (BlockList<RejectionRecord> Records, IReadOnlyList<object> Written)[] rejected,
        (BlockList<RejectionRecord> Records, IReadOnlyList<object> Written)[] unscored)
    {
        Scored = scored;
        Rejected = List(source, rejected);
        Unscored = List(source, unscored);
        Rejections = List(source, [.. rejected, .. unscored]);
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

    private static RejectionList List(RejectionSource source, (BlockList<RejectionRecord> Records, IReadOnlyList<object> Written)[] lists) =>
        new(source, [.. lists.Select(l => l.Records)], [.. lists.Select(l => l.Written)]);
}
