using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Parallelism;

namespace MineralsMatch.Matching.Scoring;

/// <summary>Stage 2: scores every accepted pair; a pair with no positive value left is rejected with the reason.</summary>
internal sealed class CandidateScoring(IReadOnlyList<ICandidateScorer> scorers)
{
    private const int CancellationStride = 1024;

    // Fewer pairs than this per chunk are not worth a thread.
    private const int MinimumPairsPerChunk = 512;

    /// <summary>The built-in scorers.</summary>
    public static IReadOnlyList<ICandidateScorer> BuiltIn { get; } =
    [
        new PriceMarginScorer(),
        new LogisticsCostScorer(),
        new RouteRiskScorer(),
        new TradePolicyScorer(),
        new StrategicPriorityScorer(),
    ];

    /// <summary>
    /// Scores every pair, in contiguous chunks on up to <paramref name="degree"/> threads; the chunks' lists are joined in order, so
    /// the result is the same as one sequential pass whatever the number of threads.
    /// </summary>
    public (IReadOnlyList<ScoredCandidate> Scored, IReadOnlyList<PendingRejection> Rejected) Score(IReadOnlyList<CandidatePair> pairs, int degree, CancellationToken cancellationToken)
    {
        var chunks = OrderedChunks.Run(pairs.Count, degree, MinimumPairsPerChunk, (start, end) => Score(pairs, start, end, cancellationToken), cancellationToken);
        if (chunks.Length == 1)
        {
            return chunks[0];
        }

        var scored = new List<ScoredCandidate>(chunks.Sum(c => c.Scored.Count));
        var rejected = new List<PendingRejection>(chunks.Sum(c => c.Rejected.Count));
        foreach (var (chunkScored, chunkRejected) in chunks)
        {
            scored.AddRange(chunkScored);
            rejected.AddRange(chunkRejected);
        }

        return (scored, rejected);
    }

    private (List<ScoredCandidate> Scored, List<PendingRejection> Rejected) Score(IReadOnlyList<CandidatePair> pairs, int start, int end, CancellationToken cancellationToken)
    {
        var scored = new List<ScoredCandidate>(end - start);
        var rejected = new List<PendingRejection>();
        for (var p = start; p < end; p++)
        {
            if ((p - start) % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var pair = pairs[p];
            var components = new Contracts.ValueComponent[scorers.Count];
            var count = 0;
            foreach (var scorer in scorers)
            {
                if (scorer.Score(pair) is { } component)
                {
                    components[count++] = component;
                }
            }

            if (count < components.Length)
            {
                Array.Resize(ref components, count);
            }

            var candidate = new ScoredCandidate { Pair = pair, Components = Collections.ValueList<Contracts.ValueComponent>.Own(components) };
            if (candidate.ValuePerUnit > 0m)
            {
                scored.Add(candidate);
            }
            else
            {
                rejected.Add(NoValueLeft(candidate));
            }
        }

        return (scored, rejected);
    }

    // Its own method, so that the closure is allocated only for a rejected pair (not on every pass of the loop).
    private static PendingRejection NoValueLeft(ScoredCandidate candidate) =>
        new(candidate.Pair.Offer.Id, candidate.Pair.Requirement.Id, ReasonKind.PriceGap, () => NoValue(candidate));

    private static Reason NoValue(ScoredCandidate candidate)
    {
        var parts = string.Join(", ", candidate.Components.Select(c => $"{c.Name} {c.UsdPerUnit.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"));
        return new Reason(ReasonKind.PriceGap, $"no value left per unit after costs and risk ({parts})", candidate.Pair.Offer.Id);
    }
}
