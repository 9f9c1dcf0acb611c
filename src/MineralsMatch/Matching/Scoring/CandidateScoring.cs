using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>Stage 2: scores every accepted pair; a pair with no positive value left is rejected with the reason.</summary>
internal sealed class CandidateScoring(IReadOnlyList<ICandidateScorer> scorers)
{
    private const int CancellationStride = 1024;

    /// <summary>The built-in scorers.</summary>
    public static IReadOnlyList<ICandidateScorer> BuiltIn { get; } =
    [
        new PriceMarginScorer(),
        new LogisticsCostScorer(),
        new RouteRiskScorer(),
        new TradePolicyScorer(),
        new StrategicPriorityScorer(),
    ];

    public (IReadOnlyList<ScoredCandidate> Scored, IReadOnlyList<CandidateRejection> Rejected) Score(IReadOnlyList<CandidatePair> pairs, CancellationToken cancellationToken)
    {
        var scored = new List<ScoredCandidate>(pairs.Count);
        var rejected = new List<CandidateRejection>();
        foreach (var pair in pairs)
        {
            if ((scored.Count + rejected.Count) % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

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
                var parts = string.Join(", ", candidate.Components.Select(c => $"{c.Name} {c.UsdPerUnit.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"));
                rejected.Add(new CandidateRejection(
                    pair.Offer.Id,
                    pair.Requirement.Id,
                    "value",
                    new Reason(ReasonKind.PriceGap, $"no value left per unit after costs and risk ({parts})", pair.Offer.Id)));
            }
        }

        return (scored, rejected);
    }
}
