using System.Diagnostics;
using MineralsMatch.Collections;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Parallelism;
using MineralsMatch.Matching.Scoring;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// Stages 1 and 2 in one pass: pairs every requirement with every offer of the same product, runs the rules on each pair and
/// has <see cref="CandidateScoring"/> score each pair that passes them, so that a pair's figures are worked out once and only
/// what planning reads is kept beside its scored candidate.
/// </summary>
internal sealed class CandidateGenerator(IReadOnlyList<ICandidateRule> rules, CandidateScoring scoring, bool keepRecords)
{
    // Fewer requirements than this per chunk are not worth a thread.
    private const int MinimumRequirementsPerChunk = 8;

    // Per rule, its deferring face when it has one: worked out once, not per pair.
    private readonly IDeferredRule?[] _deferred = [.. rules.Select(r => r as IDeferredRule)];

    // Whether every rule is a built-in one, which can judge a pair without its record.
    private readonly bool _allDeferred = rules.All(r => r is IDeferredRule);

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
    /// on up to <paramref name="degree"/> threads (requirements are independent, as are product families); each chunk writes its
    /// scored candidates into its own range of one array sized for every pair, and the ranges are moved together in order, so the
    /// result is the same as one sequential pass whatever the number of threads.
    /// </summary>
    /// <remarks>
    /// A pair's record lives only while its rules and scorers run: what is kept is a <see cref="ScoredPair"/>, from which
    /// <see cref="ScoredCandidates"/> builds the record again for a later stage that needs it. With rules or scorers from outside
    /// (<c>keepRecords</c>) every scored candidate's record is kept as they saw it.
    /// </remarks>
    public CandidateSet Generate(MatchingContext context, int degree, CancellationToken cancellationToken)
    {
        var routes = new OfferRoutes[context.Offers.Count];
        var offersByProduct = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < routes.Length; i++)
        {
            var offer = context.Offers[i];
            routes[i] = context.Routes.For(offer, context.Product(offer.Product), context.Options);
            if (!offersByProduct.TryGetValue(offer.Product, out var ofProduct))
            {
                offersByProduct[offer.Product] = ofProduct = [];
            }

            ofProduct.Add(i);
        }

        // Where each requirement's pairs start: a chunk of requirements owns the range of all their pairs, however many pass.
        var firstPair = new long[context.Requirements.Count + 1];
        for (var j = 0; j < context.Requirements.Count; j++)
        {
            firstPair[j + 1] = firstPair[j] + (offersByProduct.TryGetValue(context.Requirements[j].Product, out var offers) ? offers.Count : 0);
        }

        if (firstPair[^1] > Array.MaxLength)
        {
            throw new InvalidOperationException($"The market pairs {firstPair[^1]:N0} offers with requirements of their products, more than one run can hold ({Array.MaxLength:N0}).");
        }

        var pairs = new PairColumns((int)firstPair[^1], OfferLeast(context), RequirementLeast(context, offersByProduct));
        var source = new RejectionSource(this, context, routes);
        var chunks = OrderedChunks.Run(
            context.Requirements.Count,
            degree,
            MinimumRequirementsPerChunk,
            (start, end) => Generate(source, offersByProduct, start, end, pairs, (int)firstPair[start], cancellationToken),
            cancellationToken);

        // The chunks' ranges in order, moved down over the room left by pairs that did not pass (never onto a range not yet moved).
        var count = 0;
        foreach (var chunk in chunks)
        {
            pairs.MoveDown(chunk.Start, count, chunk.Count);
            count += chunk.Count;
        }

        pairs.ClearFrom(count);

        var records = keepRecords ? Join(chunks, c => c.Records!) : null;
        return new CandidateSet(
            new ScoredCandidates(context, scoring, routes, pairs, count, records),
            source,
            [.. chunks.Select(c => (c.Rejected, (IReadOnlyList<object>)c.Written))],
            [.. chunks.Select(c => (c.Unscored, (IReadOnlyList<object>)c.Written))]);
    }

    /// <summary>The pair of an offer (with its route table) and a requirement, as generation builds it.</summary>
    public static CandidatePair Pair(MatchingContext context, OfferRoutes routes, Requirement requirement) =>
        Pair(context, routes, requirement, context.Routes.DestinationIndex(requirement.DestinationHub), context.Product(requirement.Product), context.Parties[routes.Offer.Producer], context.Parties[requirement.Buyer]);

    // The same with the requirement's destination number, product and both parties looked up by the caller (once per requirement
    // and per offer).
    private static CandidatePair Pair(MatchingContext context, OfferRoutes routes, Requirement requirement, int destination, Product product, Party supplier, Party buyer) =>
        Pair(context, routes, requirement, destination, routes.Cheapest(requirement, destination), product, supplier, buyer);

    // The same with the pair's route picked by the caller too.
    private static CandidatePair Pair(MatchingContext context, OfferRoutes routes, Requirement requirement, int destination, RouteChoice? route, Product product, Party supplier, Party buyer)
    {
        var pair = new CandidatePair
        {
            Offer = routes.Offer,
            Requirement = requirement,
            Product = product,
            Supplier = supplier,
            Buyer = buyer,
            Route = route,
            JoiningRoutes = routes.Joining(destination),
            Options = context.Options,
            Routes = context.Routes,
        };
        return context.Market.Policies.Count > 0 ? WithMeasures(pair, context) : pair;
    }

    // Writes the chunk's scored candidates into its range of pairs, from offset on (one place per pair of the chunk: it cannot
    // overflow into the next chunk's range).
    private Chunk Generate(RejectionSource source, Dictionary<string, List<int>> offersByProduct, int start, int end, PairColumns pairs, int offset, CancellationToken cancellationToken)
    {
        var (context, routes) = (source.Context, source.Routes);
        var count = 0;
        // Each offer's supplier and side, worked out on its first pairing in the chunk and then read in place.
        var suppliers = new Party?[routes.Length];
        var offerSides = new OfferSide[routes.Length];
        // In blocks: a list that doubles its array leaves large arrays behind, freed only by a full collection.
        var records = keepRecords ? new BlockList<ScoredCandidate>() : null;
        var rejected = new BlockList<RejectionRecord>();
        var unscored = new BlockList<RejectionRecord>();
        // Reasons written up front (rules or scorers from outside), which the chunk's records point into.
        var written = new List<object>();

        // A pair's record is built only when something needs it: a rule or scorer from outside, or trade measures in the market.
        var withRecords = records is not null || !_allDeferred || context.Market.Policies.Count > 0;

        // Volumes are kept in the steps planning counts in (the run's resolution), worked out here in parallel, once per pair.
        var scale = Planning.PlanScale.Of(context.Options);
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
            var side = RequirementSide.Of(requirement, product);
            var destination = context.Routes.DestinationIndex(requirement.DestinationHub);
            foreach (var i in offers)
            {
                if (suppliers[i] is not { } supplier)
                {
                    suppliers[i] = supplier = context.Parties[routes[i].Offer.Producer];
                    offerSides[i] = OfferSide.Of(routes[i].Offer, product);
                }

                var routeIndex = routes[i].CheapestIndex(requirement, destination);
                var route = routes[i].Choice(destination, routeIndex);
                var record = withRecords ? Pair(context, routes[i], requirement, destination, route, product, supplier, buyer) : null;
                var pair = record is null
                    ? new PairView(routes[i].Offer, requirement, product, supplier, buyer, route, context.Options)
                    : PairView.Of(record);
                var figures = PairFigures.Of(pair, offerSides[i], side);
                if (FirstFailure(pair, figures, i, j, written) is { } failure)
                {
                    rejected.Add(failure);
                }
                else if (records is null && scoring.Value(pair, figures) is { } value)
                {
                    // Without rules or scorers from outside, the value is summed without building the record or its components.
                    if (value > 0m)
                    {
                        pairs.Set(offset + count++, new AllocationLink(i, j, scale.Steps(figures.Most.Amount), scale.ValuePerStep(value)), Detail(pairs, routeIndex, figures, pair.HasMeasures, i, j, scale));
                    }
                    else
                    {
                        // Its record and components are built again only if its reason is shown.
                        unscored.Add(new RejectionRecord(i, j, -1, ReasonKind.PriceGap));
                    }
                }
                else if (scoring.Score(record!, figures) is var candidate && candidate.ValuePerUnit > 0m)
                {
                    // Only with scorers or rules from outside (records are then built for every pair).
                    pairs.Set(offset + count++, new AllocationLink(i, j, scale.Steps(figures.Most.Amount), scale.ValuePerStep(candidate.ValuePerUnit)), Detail(pairs, routeIndex, figures, pair.HasMeasures, i, j, scale));
                    records?.Add(candidate);
                }
                else
                {
                    // The candidate from outside is kept for its reason (its components are named there).
                    unscored.Add(Written(i, j, ReasonKind.PriceGap, CandidateScoring.NoValueWriter(candidate), written));
                }
            }
        }

        return new Chunk(offset, count, records, rejected, unscored, written);
    }

    // The pair's detail; its least volume is read from its offer's or its requirement's minimum in steps, the same figure.
    private static PairDetail Detail(PairColumns pairs, int routeIndex, in PairFigures figures, bool hasMeasures, int offer, int requirement, Planning.PlanScale scale)
    {
        Debug.Assert(
            scale.MinimumSteps(figures.Least.Amount) == (figures.LeastIsOffers ? pairs.OfferLeast[offer] : pairs.RequirementLeast[requirement]),
            "A pair's least volume in steps is its offer's or its requirement's.");
        return new PairDetail(routeIndex, figures.Limit, hasMeasures, figures.LeastIsOffers);
    }

    // Per offer, its least annual volume per contract in steps of its product's pricing unit, as a pair's figures work it out.
    private static long[] OfferLeast(MatchingContext context)
    {
        var scale = Planning.PlanScale.Of(context.Options);
        var least = new long[context.Offers.Count];
        for (var i = 0; i < least.Length; i++)
        {
            var offer = context.Offers[i];
            least[i] = scale.MinimumSteps(RouteFinder.OfferMinimum(offer).ConvertTo(context.Product(offer.Product).PricingUnit).Amount);
        }

        return least;
    }

    // The same per requirement (0 for one whose product no offer has: it has no pairs).
    private static long[] RequirementLeast(MatchingContext context, Dictionary<string, List<int>> offersByProduct)
    {
        var scale = Planning.PlanScale.Of(context.Options);
        var least = new long[context.Requirements.Count];
        for (var j = 0; j < least.Length; j++)
        {
            var requirement = context.Requirements[j];
            if (offersByProduct.ContainsKey(requirement.Product))
            {
                least[j] = scale.MinimumSteps(RouteFinder.RequirementMinimum(requirement).ConvertTo(context.Product(requirement.Product).PricingUnit).Amount);
            }
        }

        return least;
    }

    // The chunks' lists in order, copied once into an array of the right length.
    private static T[] Join<T>(Chunk[] chunks, Func<Chunk, BlockList<T>> list)
    {
        var joined = new T[chunks.Sum(c => list(c).Count)];
        var at = 0;
        foreach (var chunk in chunks)
        {
            list(chunk).CopyTo(joined, at);
            at += list(chunk).Count;
        }

        return joined;
    }

    // A chunk's outcome: how many scored candidates it wrote from the start of its range, and its lists.
    private sealed record Chunk(int Start, int Count, BlockList<ScoredCandidate>? Records, BlockList<RejectionRecord> Rejected, BlockList<RejectionRecord> Unscored, List<object> Written);

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

    // The first rule that fails; a built-in rule defers its reason, written only if an explanation shows it. A rule from outside
    // reads the record (built for every pair when there is one).
    private RejectionRecord? FirstFailure(in PairView pair, in PairFigures figures, int offer, int requirement, List<object> written)
    {
        for (var r = 0; r < _deferred.Length; r++)
        {
            if (_deferred[r] is { } deferred)
            {
                if (deferred.Fails(pair, figures) is { } kind)
                {
                    return new RejectionRecord(offer, requirement, r, kind);
                }
            }
            else if (rules[r].Check(pair.Record!) is { } reason)
            {
                return Written(offer, requirement, reason.Kind, reason, written);
            }
        }

        return null;
    }

    // A rejection whose reason (or the function that writes it) is given up front, kept in the chunk's list of such reasons.
    private static RejectionRecord Written(int offer, int requirement, ReasonKind kind, object reason, List<object> written)
    {
        written.Add(reason);
        return new RejectionRecord(offer, requirement, RejectionRecord.FirstWritten - (written.Count - 1), kind);
    }

    /// <summary>
    /// The reason of a pair rejected by built-in rule <paramref name="rule"/>, or with no rule (-1) of a pair with no value left,
    /// from the pair built again: what its <see cref="PendingRejection"/> writes when an explanation shows it.
    /// </summary>
    public Reason Reason(RejectionSource source, int offer, int requirement, int rule)
    {
        var routes = source.Routes[offer];
        var pairRequirement = source.Context.Requirements[requirement];
        return rule >= 0
            ? rules[rule].Check(Pair(source.Context, routes, pairRequirement))!
            : CandidateScoring.NoValue(Score(source.Context, routes, pairRequirement));
    }

    /// <summary>The pair of an offer (with its route table) and a requirement, scored as generation scores it.</summary>
    public ScoredCandidate Score(MatchingContext context, OfferRoutes routes, Requirement requirement)
    {
        var pair = Pair(context, routes, requirement);
        return scoring.Score(pair, PairFigures.Of(pair));
    }
}
