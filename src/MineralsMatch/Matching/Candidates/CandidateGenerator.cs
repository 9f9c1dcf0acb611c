using MineralsMatch.Logistics;
using MineralsMatch.Matching.Parallelism;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// Stages 1 and 2 in one pass: pairs every requirement with every offer of the same product, runs the rules on each pair and
/// has <see cref="CandidateScoring"/> score each pair that passes them, so that a pair's figures are worked out once and only
/// what planning reads is kept beside its scored candidate.
/// </summary>
internal sealed class CandidateGenerator(IReadOnlyList<ICandidateRule> rules, CandidateScoring scoring)
{
    // Fewer requirements than this per chunk are not worth a thread.
    private const int MinimumRequirementsPerChunk = 8;

    /// <summary>The built-in rules, cheapest first.</summary>
    public static IReadOnlyList<ICandidateRule> BuiltIn { get; } =
    [
        new ExclusionRule(),
        new TradePolicyRule(),
        new GradeRule(),
        new WindowRule(),
        new IncotermRule(),
        new RouteRule(),
        new PriceRule(),
        new MinimumVolumeRule(),
    ];

    /// <summary>
    /// Pairs, checks and scores every requirement with every offer of its product. Requirements are split into contiguous chunks run
    /// on up to <paramref name="degree"/> threads (requirements are independent, as are product families) and the chunks' lists are
    /// joined in order, so the result is the same as one sequential pass whatever the number of threads.
    /// </summary>
    public CandidateSet Generate(MatchingContext context, int degree, CancellationToken cancellationToken)
    {
        var offersByProduct = context.Offers
            .Select(o => context.Routes.For(o, context.Product(o.Product), context.Options))
            .GroupBy(r => r.Offer.Product, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var chunks = OrderedChunks.Run(
            context.Requirements.Count,
            degree,
            MinimumRequirementsPerChunk,
            (start, end) => Generate(context, offersByProduct, start, end, cancellationToken),
            cancellationToken);
        return chunks.Length == 1 ? chunks[0] : CandidateSet.Join(chunks);
    }

    private CandidateSet Generate(MatchingContext context, Dictionary<string, OfferRoutes[]> offersByProduct, int start, int end, CancellationToken cancellationToken)
    {
        // At most one scored candidate per pair of the chunk: sized once, the lists never grow.
        var pairs = 0L;
        for (var j = start; j < end; j++)
        {
            pairs += offersByProduct.TryGetValue(context.Requirements[j].Product, out var offers) ? offers.Length : 0;
        }

        var scored = new List<ScoredCandidate>((int)Math.Min(pairs, Array.MaxLength));
        var volumes = new List<PairVolumes>(scored.Capacity);
        var rejected = new List<PendingRejection>();
        var unscored = new List<PendingRejection>();
        for (var j = start; j < end; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var requirement = context.Requirements[j];
            if (!offersByProduct.TryGetValue(requirement.Product, out var offers))
            {
                continue;
            }

            var product = context.Product(requirement.Product);
            var buyer = context.Parties[requirement.Buyer];
            foreach (var routes in offers)
            {
                var offer = routes.Offer;
                var pair = new CandidatePair
                {
                    Offer = offer,
                    Requirement = requirement,
                    Product = product,
                    Supplier = context.Parties[offer.Producer],
                    Buyer = buyer,
                    Route = routes.Cheapest(requirement),
                    JoiningRoutes = routes.Joining(requirement.DestinationHub),
                    Options = context.Options,
                    Routes = context.Routes,
                };
                if (context.Market.Policies.Count > 0)
                {
                    pair = WithMeasures(pair, context);
                }

                var figures = PairFigures.Of(pair);
                if (FirstFailure(pair, figures) is { } failure)
                {
                    rejected.Add(failure);
                }
                else if (scoring.Score(pair, figures) is var candidate && candidate.ValuePerUnit > 0m)
                {
                    scored.Add(candidate);
                    volumes.Add(new PairVolumes(figures.Most.Amount, figures.Least.Amount));
                }
                else
                {
                    unscored.Add(CandidateScoring.NoValueLeft(candidate));
                }
            }
        }

        return new CandidateSet(scored, volumes, rejected, unscored);
    }

    // The measures that concern the pair in its shared years; marketing rights also name the seller and, for buyers outside
    // the priority countries, reserve the priority countries' demand (what their requirements of the product want per year).
    private static CandidatePair WithMeasures(CandidatePair pair, MatchingContext context)
    {
        var (first, last) = TradePolicyRule.CommonYears(pair);
        var measures = context.Market.Policies
            .Where(m => PairMeasures.Concern(m, pair) && (m.Kind != Policies.MeasureKind.MarketingRights || Enumerable.Range(first, Math.Max(0, last - first + 1)).Any(m.InForceIn)))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        if (measures.Count == 0)
        {
            return pair;
        }

        var rights = measures.FirstOrDefault(m => m.Kind == Policies.MeasureKind.MarketingRights);
        Minerals.Quantity? reserve = null;
        if (rights is { PriorityCountries.Count: > 0 } && !rights.PriorityCountries.Contains(pair.Buyer.Country, StringComparer.Ordinal))
        {
            var unit = pair.Product.PricingUnit;
            var wanted = context.Requirements
                .Where(r => string.Equals(r.Product, pair.Offer.Product, StringComparison.Ordinal)
                    && context.Parties.TryGetValue(r.Buyer, out var buyer) && rights.PriorityCountries.Contains(buyer.Country, StringComparer.Ordinal))
                .Sum(r => r.AnnualVolume.ConvertTo(unit).Amount);
            var capacity = pair.Offer.AnnualVolume.ConvertTo(unit).Amount;
            reserve = wanted > 0m ? Minerals.Quantity.Of(Math.Min(wanted, capacity), unit) : null;
        }

        return pair with
        {
            Measures = measures,
            Marketer = rights?.Marketer is { } marketer && context.Parties.TryGetValue(marketer, out var party) ? party : null,
            PriorityReserve = reserve,
        };
    }

    // The first rule that fails; a built-in rule that can defer its reason writes it only if an explanation shows it.
    private static PendingRejection? FirstFailure(CandidatePair pair, in PairFigures figures, IReadOnlyList<ICandidateRule> rules)
    {
        foreach (var rule in rules)
        {
            if (rule is IDeferredRule deferred)
            {
                if (deferred.Fails(pair, figures) is { } kind)
                {
                    return Deferred(pair, rule, kind);
                }
            }
            else if (rule.Check(pair) is { } reason)
            {
                return new PendingRejection(pair.Offer.Id, pair.Requirement.Id, reason);
            }
        }

        return null;
    }

    private PendingRejection? FirstFailure(CandidatePair pair, in PairFigures figures) => FirstFailure(pair, figures, rules);

    // Its own method, so that the closure is allocated only for a rejected pair (not on entry to every rule check).
    private static PendingRejection Deferred(CandidatePair pair, ICandidateRule rule, ReasonKind kind) =>
        new(pair.Offer.Id, pair.Requirement.Id, kind, () => rule.Check(pair)!);
}
