using System.Diagnostics;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;
using MineralsMatch.OrTools.Modelling;

namespace MineralsMatch.OrTools;

/// <summary>
/// The exact <see cref="IContractPlanner"/> on Google OR-Tools: a linear program solved by GLOP when no minimum
/// volume and no alternative contract can bind, otherwise a mixed-integer program solved by SCIP.
/// </summary>
/// <remarks>
/// <para>Model: per contract an annual volume <c>v</c> that is 0 or between its minimum and maximum (a 0/1
/// variable <c>y</c> where the minimum exceeds one step or the contract has alternatives on its link); per
/// delivery year a delivery <c>q</c> within <c>share·(1±flex)·v</c>; per year Σq within each offer's capacity,
/// each requirement's demand and its supplier and country caps, Σ tonnes within each shared route's capacity;
/// at most one signed contract per link. Objective: total discounted value, or coverage first (priority-weighted
/// delivered volume, then value, solved as two models).</para>
/// <para>The plan is returned in whole steps: volumes and deliveries are rounded down (every coupling constraint
/// is a packing constraint), checked exactly, and spare capacity is refilled. It is labelled
/// <see cref="PlanOptimality.Optimal"/> when the solver proved optimality and the whole-step plan is within
/// <see cref="PlanningSettings.RelativeGap"/> of the proven bound; otherwise <see cref="PlanOptimality.Approximate"/>
/// with that bound. When the solver finds no plan in time or fails, or the problem has more contract-years than
/// an OR-Tools model can be built and searched for in seconds (250 000), the fallback plans instead; the planner
/// never throws for a well-formed problem.</para>
/// <para>Thread-safe: every call builds its own model.</para>
/// </remarks>
/// <example>
/// <code>
/// services.AddMineralsMatch(builder => builder.UseOrTools(TimeSpan.FromSeconds(5)));
/// </code>
/// </example>
public sealed class OrToolsContractPlanner : IContractPlanner
{
    private const string Name = "or-tools";
    private readonly OrToolsPlannerOptions _options;

    /// <summary>Creates the planner with default options (the time limit comes from <see cref="PlanningSettings"/>).</summary>
    public OrToolsContractPlanner()
        : this(new OrToolsPlannerOptions())
    {
    }

    /// <summary>Creates the planner with <paramref name="options"/>.</summary>
    /// <param name="options">The time limit and the fallback planner.</param>
    public OrToolsContractPlanner(OrToolsPlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TimeLimit is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), limit, "TimeLimit must be positive.");
        }

        _options = options;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The problem is malformed (a per-year list of the wrong length, an index out of range, a contract outside the horizon).</exception>
    public PlanningResult Plan(PlanningProblem problem, PlanningSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        problem.ThrowIfMalformed();
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var limit = _options.TimeLimit ?? settings.TimeLimit;
        var coverage = problem.Objective == MatchObjective.CoverageFirst;
        if (_options.Fallback is { } fallback && problem.ContractYears > _options.MaxContractYears)
        {
            // Straight to the fallback, before the capacity rows and the screen (linear in the contracts, but only the model needs them).
            return FallbackAlone(fallback, problem, settings, SolveOutcome.Failed("too large"), limit, cancellationToken);
        }

        var rows = CapacityRows.Build(problem);
        var screen = ContractScreen.Build(problem, rows);

        // A MIP starts from the LP relaxation's repaired plan: a whole-step incumbent in a fraction of the time, and
        // the relaxation's optimum as a bound even if the MIP proves none in time.
        (long[] Volumes, long[][] Deliveries, double Value)? incumbent = null;
        var relaxationBound = double.NaN;
        if (screen.IsMip && !coverage)
        {
            var warm = RepairHeuristic.Run(problem, rows, screen, coverage: false, limit * 0.3, cancellationToken);
            var (v, q) = PlanRounding.Round(problem, rows, warm.Plan, coverage: false);
            incumbent = (v, q, PlanScore.Value(problem, q));
            relaxationBound = warm.Bound;
        }

        SolveOutcome outcome;
        try
        {
            outcome = Solve(problem, rows, screen, limit - clock.Elapsed, settings.RelativeGap, coverage, incumbent, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            outcome = SolveOutcome.Failed($"error: {ex.GetType().Name}");
        }

        if (outcome.Plan is null && incumbent is null)
        {
            return Fallback(problem, rows, screen, settings, outcome, limit - clock.Elapsed, coverage, cancellationToken);
        }

        var (volumes, deliveries) = outcome.Plan is null ? (incumbent!.Value.Volumes, incumbent.Value.Deliveries) : PlanRounding.Round(problem, rows, outcome.Plan, coverage);
        var objective = PlanScore.Value(problem, deliveries);
        if (incumbent is { } start && start.Value > objective)
        {
            (volumes, deliveries, objective) = start;
            outcome = outcome with { Optimal = false };
        }

        var bound = Math.Min(double.IsNaN(outcome.Bound) ? double.PositiveInfinity : outcome.Bound, double.IsNaN(relaxationBound) ? double.PositiveInfinity : relaxationBound);
        bound = double.IsPositiveInfinity(bound) ? PlanScore.TrivialBound(problem, screen) : bound;
        if (!screen.IsMip && !coverage && outcome.Optimal && Gap(objective, bound) > settings.RelativeGap && limit - clock.Elapsed > TimeSpan.FromMilliseconds(20))
        {
            var polished = Polish(problem, rows, screen, volumes, deliveries, limit - clock.Elapsed, settings.RelativeGap, cancellationToken);
            if (polished is { } better && PlanScore.Value(problem, better.Deliveries) >= objective)
            {
                (volumes, deliveries) = (better.Volumes, better.Deliveries);
                objective = PlanScore.Value(problem, deliveries);
                bound = Math.Min(bound, better.Bound);
                outcome = outcome with { Solver = $"{outcome.Solver}+{_options.MipSolver}", Optimal = better.Optimal };
            }
        }

        // Under coverage first, whole steps can cost coverage; the plan is optimal only if it keeps what the model reached.
        var kept = PlanScore.Coverage(problem, deliveries) >= outcome.Coverage * (1 - settings.RelativeGap) - 1e-6;
        var result = Result(problem, outcome.Solver, volumes, deliveries, objective, bound, outcome.Optimal && kept, settings.RelativeGap, outcome.Iterations);
        return result.Optimality == PlanOptimality.Optimal || _options.Fallback is null || coverage
            ? result
            : BestOf(result, problem, settings, limit - clock.Elapsed, cancellationToken);
    }

    // Not proven optimal: the fallback planner may have found more in its own way; keep the better plan and the
    // tighter of the two proven bounds.
    private PlanningResult BestOf(PlanningResult exact, PlanningProblem problem, PlanningSettings settings, TimeSpan remaining, CancellationToken cancellationToken)
    {
        PlanningResult other;
        try
        {
            other = _options.Fallback!.Plan(problem, settings with { TimeLimit = Max(remaining, TimeSpan.FromSeconds(1)) }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ArgumentException)
        {
            return exact;
        }

        var bound = Math.Min(exact.Bound, Math.Max(other.Bound, other.Objective));
        return other.Objective > exact.Objective
            ? other with { Planner = $"{exact.Planner} → {other.Planner}", Optimality = PlanOptimality.Approximate, Bound = Math.Max(bound, other.Objective) }
            : exact with { Bound = Math.Max(bound, exact.Objective) };
    }

    private SolveOutcome Solve(PlanningProblem problem, CapacityRows rows, ContractScreen screen, TimeSpan limit, double relativeGap, bool coverage, (long[] Volumes, long[][] Deliveries, double Value)? hint, CancellationToken cancellationToken)
    {
        if (!screen.Open.Any(o => o))
        {
            var empty = new FractionalPlan(new double[problem.Contracts.Count], [.. problem.Contracts.Select(c => new double[c.YearShares.Count])]);
            return new SolveOutcome("none", empty, 0, true, 0);
        }

        var solverId = screen.IsMip ? _options.MipSolver : "GLOP";
        var clock = Stopwatch.StartNew();
        using var model = PlanModel.Create(problem, rows, screen, solverId, integral: screen.IsMip);
        model.SetObjective(coverage);
        if (hint is { } start)
        {
            model.Hint(start.Volumes, start.Deliveries);
        }

        var first = model.Solve(Max(coverage ? limit / 2 : limit - clock.Elapsed, TimeSpan.FromMilliseconds(50)), relativeGap, cancellationToken);
        if (!coverage || first.Plan is null)
        {
            return new SolveOutcome(solverId, first.Plan, first.Bound, first.Optimal, model.Iterations + model.Nodes);
        }

        // Coverage first: keep the coverage reached, then maximise value. The floor sits just below what was reached
        // (any wider slack would let the LP trade a sliver of coverage for value, leaving a fractional vertex);
        // should the solver's tolerances make that infeasible, a relative slack is the second try.
        var reached = Coverage(problem, first.Plan);
        var floor = model.AddCoverageFloor(reached - 1e-7);
        model.SetObjective(coverage: false);
        if (screen.IsMip)
        {
            model.Hint(first.Plan);
        }

        var second = model.Solve(Max(limit - clock.Elapsed, TimeSpan.FromMilliseconds(50)), relativeGap, cancellationToken);
        if (second.Plan is null && !second.Status.Contains("NOT_SOLVED", StringComparison.Ordinal))
        {
            floor.SetLb(reached - (1e-7 * Math.Max(1, Math.Abs(reached))));
            second = model.Solve(Max(limit - clock.Elapsed, TimeSpan.FromMilliseconds(50)), relativeGap, cancellationToken);
        }

        return second.Plan is null
            ? new SolveOutcome(solverId, first.Plan, double.NaN, false, model.Iterations + model.Nodes)
            : new SolveOutcome(solverId, second.Plan, second.Bound, first.Optimal && second.Optimal, model.Iterations + model.Nodes, reached);
    }

    // The LP's whole-step rounding fell short of its bound: the whole-step model (no 0/1 variables, so small and
    // close to its LP) started from the rounded plan, within the time left. Null when it finds nothing better.
    private (long[] Volumes, long[][] Deliveries, double Bound, bool Optimal)? Polish(PlanningProblem problem, CapacityRows rows, ContractScreen screen, long[] volumes, long[][] deliveries, TimeSpan remaining, double relativeGap, CancellationToken cancellationToken)
    {
        try
        {
            using var model = PlanModel.Create(problem, rows, screen, _options.MipSolver, integral: true);
            model.SetObjective(coverage: false);
            model.Hint(volumes, deliveries);
            var outcome = model.Solve(remaining, relativeGap, cancellationToken);
            if (outcome.Plan is null)
            {
                return null;
            }

            var (v, q) = PlanRounding.Round(problem, rows, outcome.Plan, coverage: false);
            return (v, q, outcome.Bound, outcome.Optimal);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private PlanningResult Fallback(PlanningProblem problem, CapacityRows rows, ContractScreen screen, PlanningSettings settings, SolveOutcome failed, TimeSpan remaining, bool coverage, CancellationToken cancellationToken)
    {
        var budget = Max(remaining, TimeSpan.FromSeconds(1));
        if (_options.Fallback is { } fallback)
        {
            return FallbackAlone(fallback, problem, settings, failed, budget, cancellationToken);
        }

        var heuristic = RepairHeuristic.Run(problem, rows, screen, coverage, budget, cancellationToken);
        var (volumes, deliveries) = PlanRounding.Round(problem, rows, heuristic.Plan, coverage);
        var objective = PlanScore.Value(problem, deliveries);
        var bound = double.IsNaN(heuristic.Bound) ? PlanScore.TrivialBound(problem, screen) : heuristic.Bound;
        return Result(problem, $"{failed.Solver} → repair", volumes, deliveries, objective, bound, proven: false, settings.RelativeGap, heuristic.Iterations);
    }

    private static PlanningResult FallbackAlone(IContractPlanner fallback, PlanningProblem problem, PlanningSettings settings, SolveOutcome failed, TimeSpan remaining, CancellationToken cancellationToken)
    {
        // The fallback's own label stands: it says optimal only when its plan reaches its proven bound.
        var result = fallback.Plan(problem, settings with { TimeLimit = Max(remaining, TimeSpan.FromSeconds(1)) }, cancellationToken);
        return result with { Planner = $"{Name}/{failed.Solver} → {result.Planner}" };
    }

    private static PlanningResult Result(PlanningProblem problem, string solver, long[] volumes, long[][] deliveries, double objective, double bound, bool proven, double relativeGap, long iterations)
    {
        volumes = [.. volumes.Select((v, c) => DeliveryBounds.Nominal(problem.Contracts[c], v, deliveries[c]))];
        // Solver tolerances (and, under coverage first, a plan that covers less) can put the value a hair past the bound.
        bound = Math.Max(bound, objective);
        var optimal = proven && Gap(objective, bound) <= relativeGap;
        return new PlanningResult
        {
            Planner = $"{Name}/{solver}",
            Optimality = optimal ? PlanOptimality.Optimal : PlanOptimality.Approximate,
            Objective = objective,
            Bound = optimal ? objective : bound,
            AnnualVolumes = volumes,
            Deliveries = [.. deliveries.Select((d, c) => volumes[c] > 0 ? d : [])],
            Iterations = iterations,
        };
    }

    private static double Coverage(PlanningProblem problem, FractionalPlan plan)
    {
        var total = 0.0;
        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            var priority = problem.Demands[problem.Contracts[c].Demand].Priority;
            total += priority * plan.Deliveries[c].Sum();
        }

        return total;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static double Gap(double objective, double bound) => Math.Max(0, bound - objective) / Math.Max(Math.Abs(bound), 1);
}
