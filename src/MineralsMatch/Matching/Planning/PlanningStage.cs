using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Stage 3: turns scored candidates into the planning problem, has the <see cref="IContractPlanner"/> plan it, and works out the
/// representative-year allocation that explanations read (shadow prices and binding caps from the network of the links the plan
/// could use).
/// </summary>
internal sealed class PlanningStage(IContractPlanner planner, IAllocationSolver solver, PlanningSettings settings)
{
    private const int ExplanationRounds = 5;

    public PlanningOutcome Plan(MatchingContext context, ScoredCandidates candidates, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scale = PlanScale.Of(context.Options);
        var figures = PlanningProblemFactory.Links(candidates);
        var problem = PlanningProblemFactory.Build(context, candidates, figures, scale);
        cancellationToken.ThrowIfCancellationRequested();
        StabilityCertificate? stability = null;
        PlanningResult result;
        if (context.Options.Objective == MatchObjective.Stable)
        {
            problem = problem with { Objective = MatchObjective.TotalValue };
            (result, stability) = Stable(problem, candidates, context.Options, cancellationToken);
        }
        else
        {
            result = planner.Plan(problem, settings, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Check(problem, result);

        var signed = SignedByLink(problem.Table, result.AnnualVolumes, candidates.Count);

        // Its links (one per candidate) are built only when the trace cannot stand in for it.
        var representative = PlanningProblemFactory.RepresentativeNodes(problem);
        cancellationToken.ThrowIfCancellationRequested();
        var trace = result.Trace;
        var explanation = problem.Years == 1 && trace is not null && trace.Problem.Supplies.Equals(representative.Supplies) && trace.Problem.Demands.Equals(representative.Demands)
            ? FromTrace(trace, problem, candidates, signed, result.AnnualVolumes, scale, SameSolver(trace))
            : Explain(PlanningProblemFactory.Representative(representative, figures), candidates, Volumes(signed, result.AnnualVolumes), scale, cancellationToken);
        // The trace has been read: its list of the network's contracts (one per link) is not kept to the end of the run.
        return new PlanningOutcome(problem, trace is null ? result : result with { Trace = null }, candidates, signed, explanation, scale) { Stability = stability };
    }

    // The stable plan (one year, pair-split prices) beside the value-maximising plan of the same problem, with its certificate.
    private (PlanningResult Plan, StabilityCertificate Certificate) Stable(PlanningProblem problem, IReadOnlyList<ScoredCandidate> candidates, MatchingOptions options, CancellationToken cancellationToken)
    {
        var optimal = planner.Plan(problem, settings, cancellationToken);
        var payoffs = StablePayoffs.Of(problem, candidates, options.BargainingShare);
        var volumes = StableAllocation.Plan(problem, payoffs, cancellationToken);
        var stableValue = Value(problem, volumes);
        var optimalValue = Value(problem, optimal.AnnualVolumes);
        var plan = new PlanningResult
        {
            Planner = "stable (pair-surplus order)",
            Optimality = stableValue >= optimalValue ? PlanOptimality.Optimal : PlanOptimality.Approximate,
            Objective = (double)stableValue,
            Bound = Math.Max((double)stableValue, optimal.Bound),
            AnnualVolumes = volumes,
            Deliveries = [.. volumes.Select(v => v > 0 ? new[] { v } : [])],
            Iterations = optimal.Iterations,
        };
        var certificate = new StabilityCertificate
        {
            PairsChecked = problem.Contracts.Count,
            BlockingPairs = StabilityCheck.BlockingPairs(problem, volumes, payoffs, cancellationToken),
            StableValue = decimal.Round((decimal)stableValue * options.ValueResolution, 2, MidpointRounding.ToEven),
            OptimalValue = decimal.Round((decimal)optimalValue * options.ValueResolution, 2, MidpointRounding.ToEven),
        };
        return (plan, certificate);
    }

    private static Int128 Value(PlanningProblem problem, IReadOnlyList<long> volumes)
    {
        Int128 total = 0;
        for (var c = 0; c < volumes.Count; c++)
        {
            total += (Int128)volumes[c] * problem.Table.Value(c);
        }

        return total;
    }

    // The managed planner's own last network of a one-year plan: its shadow prices are exactly the classic allocation's.
    // Its flows are the signed volumes, read per link through `signed` (each link's signed contract, or -1); where they are the
    // solver's flows (nothing cut, dropped or filled), the solver's result is the outcome's as it is, with no second array.
    private static AllocationOutcome FromTrace(NetworkTrace trace, PlanningProblem problem, ScoredCandidates candidates, IReadOnlyList<int> signed, IReadOnlyList<long> annualVolumes, PlanScale scale, bool sameSolver)
    {
        var contracts = problem.Table;
        var count = trace.Contracts.Count;
        var dropped = trace.Dropped.Select(d => (candidates[contracts.Link(d.Contract)], d.Steps)).ToList();
        var solved = trace.Result.Flows;
        long[]? flows = null;
        var droppedContracts = trace.Dropped.Select(d => d.Contract).ToHashSet();
        // The network's links are usually every candidate in order: then the view is the candidates themselves, and no array of
        // link numbers is made (or kept to the end of the run). It is made at the first link out of place.
        int[]? links = count == candidates.Count ? null : [.. Enumerable.Range(0, count)];
        for (var k = 0; k < count; k++)
        {
            var link = contracts.Link(trace.Contracts[k]);
            if (link != k && links is null)
            {
                links = [.. Enumerable.Range(0, count)];
            }

            if (links is not null)
            {
                links[k] = link;
            }

            var planned = signed[link] is var c and >= 0 ? annualVolumes[c] : 0L;
            if (flows is null && planned != solved[k])
            {
                flows = new long[count];
                for (var before = 0; before < k; before++)
                {
                    flows[before] = solved[before];
                }
            }

            if (flows is not null)
            {
                flows[k] = planned;
            }

            if (solved[k] > 0 && planned == 0 && !droppedContracts.Contains(trace.Contracts[k]))
            {
                dropped.Add((candidates[link], solved[k]));
            }
        }

        var result = flows is null ? trace.Result : trace.Result with { Flows = Collections.ValueList<long>.Own(flows) };
        return new AllocationOutcome(trace.Problem, result, links is null ? candidates : candidates.SubsetTaking(links), dropped, scale.Resolution)
        {
            Solved = sameSolver ? trace.Result : null,
        };
    }

    // Per link, its signed contract (one with a positive volume), or -1: a sparse list while fewer than half the links have one
    // (the signed contracts are read from a sparse plan without looking at the others).
    private static IReadOnlyList<int> SignedByLink(ContractTable contracts, IReadOnlyList<long> annualVolumes, int links)
    {
        var signed = new List<(int Link, int Contract)>();
        if (annualVolumes is Collections.SparseList<long> sparse)
        {
            var values = sparse.StoredValues;
            var indices = sparse.StoredIndices;
            for (var at = 0; at < indices.Length; at++)
            {
                if (values[at] > 0)
                {
                    signed.Add((contracts.Link(indices[at]), indices[at]));
                }
            }
        }
        else
        {
            for (var c = 0; c < contracts.Count; c++)
            {
                if (annualVolumes[c] > 0)
                {
                    signed.Add((contracts.Link(c), c));
                }
            }
        }

        if (signed.Count * 2L >= links)
        {
            var all = new int[links];
            Array.Fill(all, -1);
            foreach (var (link, c) in signed)
            {
                all[link] = c;
            }

            return all;
        }

        // A link has one signed contract at most (the plan is checked first).
        signed.Sort(static (a, b) => a.Link.CompareTo(b.Link));
        return new Collections.SparseList<int>(links, -1, [.. signed.Select(s => s.Link)], [.. signed.Select(s => s.Contract)]);
    }

    // Per link, its signed contract's annual volume (0 when none is signed).
    private static long[] Volumes(IReadOnlyList<int> signed, IReadOnlyList<long> annualVolumes)
    {
        var volumes = new long[signed.Count];
        for (var k = 0; k < volumes.Length; k++)
        {
            volumes[k] = signed[k] < 0 ? 0L : annualVolumes[signed[k]];
        }

        return volumes;
    }

    // Any planner: solve the representative network, leaving out links the plan did not sign that the network would use, a
    // few rounds; then read each link's flow from the plan.
    private AllocationOutcome Explain(AllocationProblem representative, ScoredCandidates candidates, long[] volumes, PlanScale scale, CancellationToken cancellationToken)
    {
        var active = Enumerable.Range(0, candidates.Count).ToList();
        var dropped = new List<(ScoredCandidate Candidate, long Steps)>();
        AllocationProblem network;
        AllocationResult result;
        for (var round = 0; ; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            network = representative with { Links = [.. active.Select(k => representative.Links[k])] };
            result = solver.Solve(network, cancellationToken);
            var unsigned = Enumerable.Range(0, active.Count).Where(i => result.Flows[i] > 0 && volumes[active[i]] == 0).ToList();
            if (unsigned.Count == 0 || round == ExplanationRounds)
            {
                dropped.AddRange(unsigned.Select(i => (candidates[active[i]], result.Flows[i])));
                break;
            }

            dropped.AddRange(unsigned.Select(i => (candidates[active[i]], result.Flows[i])));
            var drop = unsigned.Select(i => active[i]).ToHashSet();
            active = [.. active.Where(k => !drop.Contains(k))];
        }

        return new AllocationOutcome(network, result with { Flows = [.. active.Select(k => volumes[k])] }, candidates.Subset(active), dropped, scale.Resolution)
        {
            Solved = result,
        };
    }

    // The trace's network was solved by the stage's own solver (or by another instance of the stateless managed one), so its
    // result is what the stage's solver would return for the same network.
    private bool SameSolver(NetworkTrace trace) =>
        ReferenceEquals(trace.Solver, solver) || (trace.Solver is NetworkSimplexAllocationSolver && solver is NetworkSimplexAllocationSolver);

    // A planner from outside the core is checked like the managed one promises: one signed contract per link, volumes within bounds.
    private static void Check(PlanningProblem problem, PlanningResult result)
    {
        if (result.AnnualVolumes.Count != problem.Contracts.Count || result.Deliveries.Count != problem.Contracts.Count)
        {
            throw new InvalidOperationException($"Planner '{result.Planner}' returned {result.AnnualVolumes.Count} annual volumes and {result.Deliveries.Count} delivery lists for {problem.Contracts.Count} contracts.");
        }

        var links = new HashSet<int>();
        var contracts = problem.Table;
        for (var c = 0; c < contracts.Count; c++)
        {
            var volume = result.AnnualVolumes[c];
            if (volume == 0)
            {
                continue;
            }

            if (volume < contracts.MinAnnual(c) || volume > contracts.MaxAnnual(c) || !links.Add(contracts.Link(c)) || result.Deliveries[c].Count != contracts.YearShares(c).Count)
            {
                throw new InvalidOperationException($"Planner '{result.Planner}' signed contract {c} (link {contracts.Link(c)}, from {contracts.StartYear(c)}) at {volume} steps outside {contracts.MinAnnual(c)}–{contracts.MaxAnnual(c)}, twice for its link, or with {result.Deliveries[c].Count} delivery years instead of {contracts.YearShares(c).Count}.");
            }
        }
    }
}
