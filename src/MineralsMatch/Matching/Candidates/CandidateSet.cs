using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A run's pairs after the rules and scoring, each list in (requirement, offer) id order: the scored candidates with a positive
/// value (and, at the same index, the volumes planning reads), the pairs a rule rejected and those left with no value.
/// </summary>
/// <param name="Scored">The scored candidates.</param>
/// <param name="Volumes">Per scored candidate, its least and largest annual volume.</param>
/// <param name="Rejected">The pairs a rule rejected.</param>
/// <param name="Unscored">The pairs that passed every rule but have no value left.</param>
internal sealed record CandidateSet(
    IReadOnlyList<ScoredCandidate> Scored,
    IReadOnlyList<PairVolumes> Volumes,
    IReadOnlyList<PendingRejection> Rejected,
    IReadOnlyList<PendingRejection> Unscored)
{
    /// <summary>The chunks' sets joined in order: what one sequential pass over all of them gives.</summary>
    /// <param name="chunks">The chunks' sets, in order.</param>
    /// <returns>The joined set.</returns>
    public static CandidateSet Join(IReadOnlyList<CandidateSet> chunks)
    {
        var scored = new ScoredCandidate[chunks.Sum(c => c.Scored.Count)];
        var volumes = new PairVolumes[scored.Length];
        var rejected = new List<PendingRejection>(chunks.Sum(c => c.Rejected.Count));
        var unscored = new List<PendingRejection>(chunks.Sum(c => c.Unscored.Count));
        var at = 0;
        foreach (var chunk in chunks)
        {
            CopyTo(chunk.Scored, scored, at);
            CopyTo(chunk.Volumes, volumes, at);
            at += chunk.Scored.Count;
            rejected.AddRange(chunk.Rejected);
            unscored.AddRange(chunk.Unscored);
        }

        return new CandidateSet(scored, volumes, rejected, unscored);
    }

    private static void CopyTo<T>(IReadOnlyList<T> from, T[] to, int at)
    {
        if (from is List<T> list)
        {
            list.CopyTo(to, at);
            return;
        }

        for (var i = 0; i < from.Count; i++)
        {
            to[at + i] = from[i];
        }
    }
}
