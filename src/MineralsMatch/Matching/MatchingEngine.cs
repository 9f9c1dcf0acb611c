using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Explanations;
using MineralsMatch.Matching.Planning;
using MineralsMatch.Matching.Scoring;
using MineralsMatch.Matching.Terms;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>
/// The default <see cref="IMatchingEngine"/>: candidates → scoring → planning (allocation over the years) → terms → explanations,
/// each stage behind its own extension point.
/// </summary>
/// <remarks>
/// The built-in rules and scorers always run first; rules and scorers passed in run after them.
/// The engine is thread-safe and keeps no state between calls. Use it through dependency injection
/// (<c>services.AddMineralsMatch()</c>) or create one directly with <see cref="Create"/>.
/// </remarks>
public sealed class MatchingEngine : IMatchingEngine
{
    private const int CancellationMask = 1023;
    private readonly IMineralCatalog _catalog;
    private readonly CandidateGenerator _candidates;
    private readonly PlanningStage _planning;
    private readonly IAllocationSolver _solver;
    private readonly IContractTermsPolicy _terms;
    private readonly MatchingOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates an engine from its stages, planning with the managed <see cref="NetworkContractPlanner"/> on <paramref name="solver"/>.</summary>
    /// <param name="catalog">The mineral catalog.</param>
    /// <param name="rules">Rules to run after the built-in ones, in order.</param>
    /// <param name="scorers">Scorers to run after the built-in ones, in order.</param>
    /// <param name="solver">The allocation solver.</param>
    /// <param name="terms">The contract terms policy.</param>
    /// <param name="options">The default options for runs that pass none.</param>
    public MatchingEngine(
        IMineralCatalog catalog,
        IEnumerable<ICandidateRule> rules,
        IEnumerable<ICandidateScorer> scorers,
        IAllocationSolver solver,
        IContractTermsPolicy terms,
        IOptions<MatchingOptions> options)
        : this(catalog, rules, scorers, solver, new NetworkContractPlanner(solver ?? throw new ArgumentNullException(nameof(solver))), terms, options)
    {
    }

    /// <summary>Creates an engine from its stages (this is what dependency injection calls).</summary>
    /// <param name="catalog">The mineral catalog.</param>
    /// <param name="rules">Rules to run after the built-in ones, in order.</param>
    /// <param name="scorers">Scorers to run after the built-in ones, in order.</param>
    /// <param name="solver">The allocation solver (for the representative year's shadow prices in explanations).</param>
    /// <param name="planner">The contract planner.</param>
    /// <param name="terms">The contract terms policy.</param>
    /// <param name="options">The default options for runs that pass none.</param>
    /// <param name="logger">Receives stage times (Debug), dropped pairs and the solvers' status (Information); <see langword="null"/> logs nothing.</param>
    public MatchingEngine(
        IMineralCatalog catalog,
        IEnumerable<ICandidateRule> rules,
        IEnumerable<ICandidateScorer> scorers,
        IAllocationSolver solver,
        IContractPlanner planner,
        IContractTermsPolicy terms,
        IOptions<MatchingOptions> options,
        ILogger<MatchingEngine>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(scorers);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog;
        var ownRules = rules.ToList();
        var ownScorers = scorers.ToList();
        _candidates = new CandidateGenerator(
            [.. CandidateGenerator.BuiltIn, .. ownRules],
            new CandidateScoring([.. CandidateScoring.BuiltIn, .. ownScorers]),
            keepRecords: ownRules.Count > 0 || ownScorers.Count > 0);
        Parallelism = ownRules.Count == 0 && ownScorers.Count == 0 ? Environment.ProcessorCount : 1;
        _planning = new PlanningStage(planner, solver, PlanningSettings.Default);
        _solver = solver;
        _terms = terms;
        _options = options.Value is { } configured ? configured with { } : MatchingOptions.Default;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>
    /// How many threads candidate generation and scoring use: every processor when only the built-in rules and scorers run (they
    /// are thread-safe), 1 when rules or scorers from outside run (they need not be). Results do not depend on it; tests set it.
    /// </summary>
    internal int Parallelism { get; set; }

    /// <summary>Creates an engine with the built-in stages, without dependency injection.</summary>
    /// <param name="catalog">The catalog; <see langword="null"/> uses <see cref="MineralCatalog.Default"/>.</param>
    /// <param name="options">The default options; <see langword="null"/> uses <see cref="MatchingOptions.Default"/>.</param>
    /// <returns>The engine.</returns>
    public static MatchingEngine Create(IMineralCatalog? catalog = null, MatchingOptions? options = null) =>
        new(catalog ?? MineralCatalog.Default, [], [], new NetworkSimplexAllocationSolver(), new DefaultContractTermsPolicy(), Options.Create(options ?? MatchingOptions.Default));

    /// <inheritdoc />
    /// <remarks>The token is checked before validation and inside every stage's loops, so a cancelled run stops within milliseconds.</remarks>
    public MatchResult Match(Market market, MatchingOptions? options, CancellationToken cancellationToken) =>
        Match(market, options, null, cancellationToken);

    /// <inheritdoc />
    /// <remarks>The token is checked before validation and inside every stage's loops, so a cancelled run stops within milliseconds.</remarks>
    public MatchResult Match(Market market, MatchingOptions? options = null, IProgress<MatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(market);
        options = options is null ? _options : options with { };
        using var stages = new MatchingStages(_logger, progress, market.Name);
        stages.Enter(MatchStage.Validation);
        MatchingInput.ThrowIfInvalid(market, options, _catalog, cancellationToken);
        stages.End();

        if (options.Objective == MatchObjective.Stable)
        {
            // A stable allocation is of one representative year (docs/pricing.md): a planning horizon does not apply.
            options = options with { PlanningHorizon = null };
        }

        var catalog = CatalogExtension.Extend(_catalog, market.Catalog);
        var context = new MatchingContext(market, catalog, options);

        stages.Enter(MatchStage.Candidates);
        var result = Run(context, options, stages, cancellationToken);
        stages.End();
        Log(result, stages.Elapsed);
        return result;
    }

    private void Log(MatchResult result, TimeSpan elapsed)
    {
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var solver = result.Solver;
        MatchingLog.SolverStatus(_logger, result.Market, solver.Planner, solver.Optimality, solver.PlanObjective, solver.Bound, solver.Gap, solver.Solver, solver.Status);
        MatchingLog.RunCompleted(_logger, result.Market, result.Proposals.Count, elapsed.TotalMilliseconds);
    }

    private MatchResult Run(MatchingContext context, MatchingOptions options, MatchingStages stages, CancellationToken cancellationToken)
    {
        var market = context.Market;
        var candidates = _candidates.Generate(context, Parallelism, cancellationToken);
        var scored = candidates.Scored;
        MatchingLog.Candidates(_logger, market.Name, scored.Count, candidates.Rejections.Count);
        stages.Enter(MatchStage.Planning);
        var plan = _planning.Plan(context, scored, cancellationToken);
        var allocation = plan.Explanation;
        if (allocation.Dropped.Count > 0)
        {
            MatchingLog.DroppedPairs(_logger, market.Name, allocation.Dropped.Count);
        }

        var facts = new AllocationFacts(allocation);
        stages.Enter(MatchStage.Pricing);
        var pricing = Pricing.PricingStage.Run(allocation, _solver, options, Parallelism, cancellationToken);
        var rents = pricing.Rents;
        stages.Enter(MatchStage.Terms);
        var proposals = new List<ContractProposal>();
        for (var k = 0; k < allocation.Links.Count; k++)
        {
            if ((k & CancellationMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (allocation.Result.Flows[k] <= 0)
            {
                continue;
            }

            var candidate = allocation.Links[k];
            var allocated = new AllocatedCandidate
            {
                Candidate = candidate,
                AnnualVolume = Quantity.Of(allocation.Volume(k), candidate.Pair.Product.PricingUnit),
                VolumeLimit = VolumeLimits.For(facts, k),
                Rents = rents.For(k),
                Options = options,
            };
            proposals.Add(_terms.Propose(plan.OneYear ? allocated : PlannedTerms.Of(plan, allocated, allocation.Links.IndexInRun(k))));
        }

        proposals.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        proposals = FlexibilityBands.Fit(context, proposals, plan.OneYear);
        stages.Enter(MatchStage.Explanations);
        var explainer = new OutcomeExplainer(context, facts, candidates, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var tables = new PlanTables(context, plan);
        var (requirementIndex, offerIndex) = (context.RequirementIndex, context.OfferIndex);
        var (requirementOutcomes, offerOutcomes) = explainer.Both(Parallelism);
        var requirements = requirementOutcomes.Select(r => r with { Years = tables.Requirement(requirementIndex[r.Requirement]), ServedAt = ServedAt(r, pricing.Requirements[requirementIndex[r.Requirement]]) }).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var named = context.Offers.Select(o => o.Producer).Concat(context.Requirements.Select(r => r.Buyer)).Distinct(StringComparer.Ordinal);
        var offers = offerOutcomes.Select(o => o with { Years = tables.Offer(offerIndex[o.Offer]), SoldAt = SoldAt(o, pricing.Offers[offerIndex[o.Offer]]) }).ToList();
        var routes = tables.Routes();
        cancellationToken.ThrowIfCancellationRequested();
        return new MatchResult
        {
            Market = market.Name,
            Objective = options.Objective,
            Proposals = proposals,
            Requirements = requirements,
            Offers = offers,
            Routes = routes,
            Parties = [.. named.Order(StringComparer.Ordinal).Select(id => context.Parties[id]).Select(p => new PartySummary(p.Id, p.Name, p.Country))],
            Stability = plan.Stability,
            Kpis = KpiCalculator.Compute(context, proposals, requirements),
            Solver = new SolverStatistics
            {
                Solver = allocation.Result.Solver,
                Status = allocation.Result.Status.ToString(),
                Candidates = scored.Count,
                Rejected = candidates.Rejections.Count,
                Nodes = (int)allocation.Result.Counter(NetworkSimplexAllocationSolver.NodesCounter),
                Arcs = (int)allocation.Result.Counter(NetworkSimplexAllocationSolver.ArcsCounter),
                CountryNodes = (int)allocation.Result.Counter(NetworkSimplexAllocationSolver.CountryNodesCounter),
                Pivots = allocation.Result.Counter(NetworkSimplexAllocationSolver.PivotsCounter),
                Objective = allocation.Result.Objective.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Planner = plan.Result.Planner,
                Optimality = plan.Result.Optimality,
                Gap = plan.Result.Gap,
                PlanObjective = plan.Result.Objective,
                Bound = plan.Result.Bound,
                FirstYear = plan.Problem.FirstYear,
                LastYear = plan.Problem.LastYear,
            },
        };
    }

    // Only a requirement with a shortfall of at least one volume step has a reservation bid, only such an offer a reservation ask.
    private static ReservationPrice? ServedAt(RequirementOutcome outcome, ReservationPrice price) =>
        outcome.Unmet.Amount <= 0m || outcome.Reasons.All(r => r.Kind == ReasonKind.BelowVolumeResolution) ? null : Flagged(price, outcome.Reasons);

    private static ReservationPrice? SoldAt(OfferOutcome outcome, ReservationPrice price) =>
        outcome.Unsold.Amount <= 0m || outcome.Reasons.All(r => r.Kind == ReasonKind.BelowVolumeResolution) ? null : Flagged(price, outcome.Reasons);

    private static ReservationPrice Flagged(ReservationPrice price, IReadOnlyList<Reason> reasons) =>
        price.Status == ReservationStatus.Priced && reasons.Any(r => r.Kind == ReasonKind.PriceGap) ? price with { ExcludesPriceGapPairings = true } : price;
}
