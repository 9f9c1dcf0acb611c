using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MineralsMatch.Collections;
using MineralsMatch.Matching.Allocation;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// The core package's managed, approximate <see cref="IContractPlanner"/>: year by year, it solves a network of the contracts
/// that may start that year over what earlier contracts left, drops contracts below their minimum and solves again, and signs
/// the rest only where every delivery year still fits. Its bound is the sum of the discounted per-year network optima with
/// minimums, contract coupling and route sharing relaxed.
/// </summary>
/// <remarks>
/// <para>On a one-year problem the first network is the classic allocation; when no minimum binds, the plan equals the bound
/// and is reported <see cref="PlanOptimality.Optimal"/>.</para>
/// <para>Every plan it returns is feasible: a contract is signed only through a check of every capacity, demand, share cap and
/// shared route capacity in every delivery year, at a volume between its minimum and maximum.</para>
/// </remarks>
public sealed class NetworkContractPlanner : IContractPlanner
{
    private const int MinimumRounds = 25;
    private const int CancellationMask = 1023;
    private readonly IAllocationSolver _solver;
    private readonly ILogger _logger;

    /// <summary>Creates the planner on the managed network simplex.</summary>
    public NetworkContractPlanner()
        : this(new NetworkSimplexAllocationSolver())
    {
    }

    /// <summary>Creates the planner on an allocation solver.</summary>
    /// <param name="solver">Solves each year's network.</param>
    /// <param name="logger">Receives each year's repair rounds (Information); <see langword="null"/> logs nothing.</param>
    public NetworkContractPlanner(IAllocationSolver solver, ILogger<NetworkContractPlanner>? logger = null)
    {
        _solver = solver ?? throw new ArgumentNullException(nameof(solver));
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    // The solver of every network, for the planning stage to know whose results its trace holds.
    internal IAllocationSolver Solver => _solver;

    /// <inheritdoc />
    public PlanningResult Plan(PlanningProblem problem, PlanningSettings settings, CancellationToken cancellationToken = default)
    {
        var result = Plan(problem, settings, cancellationToken, out var trace);
        return problem.Years == 1 && trace is not null ? result with { Trace = trace } : result;
    }

    private PlanningResult Plan(PlanningProblem problem, PlanningSettings settings, CancellationToken cancellationToken, out NetworkTrace? trace)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var weights = new PlanWeights(problem);
        var state = new PlanState(problem);
        var contracts = problem.Table;
        // The signed contracts only: no two arrays over a million contracts of which a few thousand are signed.
        var signedContracts = new SignedContracts(contracts.Count);
        // Every lifetime is 1 when each contract delivers one whole year of a one-year horizon: no array of a million ones.
        var lifetime = problem.Years == 1 && contracts.AllOneWholeYear ? null : new decimal[contracts.Count];
        var linkCount = 0;
        for (var c = 0; c < contracts.Count; c++)
        {
            if (lifetime is not null)
            {
                lifetime[c] = Lifetime(problem, contracts, c);
            }

            linkCount = Math.Max(linkCount, contracts.Link(c) + 1);
        }

        var signedLink = new bool[linkCount];
        // Where no two contracts share a link (a one-year plan), every contract that fits is its link's only choice: no per-link
        // arrays to choose among alternatives.
        var choice = contracts.OnePerLink ? null : new LinkChoice(linkCount);
        var capacity = new NetworkCapacities(contracts);
        var firstNetworks = new Dictionary<int, (AllocationProblem Problem, AllocationResult Result)>();
        var byStart = StartingContracts.ByStart(problem);
        long iterations = 0;
        trace = null;

        for (var t = 0; t < problem.Years; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var year = problem.FirstYear + t;
            var active = StartingContracts.Choose(contracts, state, t, byStart[t], signedLink, lifetime, choice, capacity);
            if (active.Count == 0)
            {
                continue;
            }

            // Flows are annual volumes: where every contract starting this year covers only part of it, this year's capacity
            // carries a larger annual rate; the next year's capacity then limits the rate too.
            var supplyShare = Enumerable.Repeat(1m, problem.Supplies.Count).ToArray();
            var demandShare = Enumerable.Repeat(1m, problem.Demands.Count).ToArray();
            foreach (var c in active)
            {
                if (contracts.IsOneWholeYear(c))
                {
                    // A whole first year leaves both shares at 1.
                    continue;
                }

                var share = contracts.YearShares(c)[0];
                supplyShare[contracts.Supply(c)] = Math.Min(supplyShare[contracts.Supply(c)], share);
                demandShare[contracts.Demand(c)] = Math.Min(demandShare[contracts.Demand(c)], share);
            }

            var supplies = problem.Supplies.Select((s, i) => new AllocationSupply(s.Id, Rate(state.Supply(i, t), t + 1 < problem.Years ? state.Supply(i, t + 1) : null, supplyShare[i]), s.Supplier, s.Country)).ToList();
            var demands = problem.Demands.Select((d, j) => new AllocationDemand(d.Id, Rate(state.Demand(j, t), t + 1 < problem.Years ? state.Demand(j, t + 1) : null, demandShare[j]), d.Priority, d.SupplierCap?[t], d.CountryCap?[t])).ToList();
            var dropped = new List<(int Contract, long Steps)>();
            AllocationProblem network;
            AllocationResult result;
            int round;
            for (round = 0; ; round++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                network = new AllocationProblem
                {
                    Supplies = supplies,
                    Demands = demands,
                    Links = Links(contracts, active, capacity, lifetime),
                    Objective = problem.Objective,
                };
                result = _solver.Solve(network, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                iterations += result.Counter(NetworkSimplexAllocationSolver.PivotsCounter);
                if (round == 0)
                {
                    firstNetworks[t] = (network, result);
                }

                var below = Enumerable.Range(0, active.Count).Where(k => result.Flows[k] > 0 && result.Flows[k] < contracts.MinAnnual(active[k])).ToList();
                if (below.Count == 0)
                {
                    break;
                }

                if (round >= MinimumRounds && clock.Elapsed > settings.TimeLimit)
                {
                    MatchingLog.RepairStopped(_logger, year, round, below.Count);
                    break;
                }

                dropped.AddRange(below.Select(k => (active[k], result.Flows[k])));
                var drop = below.Select(k => active[k]).ToHashSet();
                active = active.Where(c => !drop.Contains(c)).ToList();
            }

            if (round > 0)
            {
                MatchingLog.RepairRounds(_logger, year, round, dropped.Count);
            }

            // Sign in order of value per step (then canonical order); each contract only at a volume that fits every year.
            var order = Enumerable.Range(0, active.Count).Where(k => result.Flows[k] > 0)
                .OrderByDescending(k => network.Links[k].Value).ThenBy(k => active[k]).ToList();
            var signing = 0;
            foreach (var k in order)
            {
                if ((signing++ & CancellationMask) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var c = active[k];
                var volume = Math.Min(result.Flows[k], state.Fit(c));
                if (state.TrySign(c, volume) is { } signed)
                {
                    signedContracts.Add(c, volume, signed);
                    signedLink[contracts.Link(c)] = true;
                }
                else if (trace is null && t == 0)
                {
                    dropped.Add((c, result.Flows[k]));
                }
            }

            if (t == 0)
            {
                trace = new NetworkTrace(network, result, active, dropped, _solver);
            }
        }

        // The years' per-contract working arrays are let go before the fill and the bound allocate theirs (a method's locals can
        // stay reachable to its end).
        (capacity, choice, byStart) = (null!, null, null!);
        cancellationToken.ThrowIfCancellationRequested();

        // Fill: capacity left over (by contracts that ended, dropped or were cut to fit) goes to the unsigned links, best first.
        var discount = Enumerable.Range(0, problem.Years).Select(t => problem.DiscountFactor(problem.FirstYear + t)).ToArray();
        // A one-year contract whose supply or demand is used up cannot fit now, nor later (the fill only uses more): left out
        // before sorting, it is what the fill would skip anyway. Counted first, so the list is no larger than it needs to be.
        bool Open(int c) => !signedLink[contracts.Link(c)] && (contracts.Value(c) > 0 || problem.Objective == MatchObjective.CoverageFirst) && !state.UsedUp(c);
        var open = 0;
        for (var c = 0; c < contracts.Count; c++)
        {
            open += Open(c) ? 1 : 0;
        }

        var fill = new List<(double Key, int Contract)>(open);
        for (var c = 0; c < contracts.Count; c++)
        {
            if (!Open(c))
            {
                continue;
            }

            var weight = weights.Of(c);
            if (weight > 0)
            {
                var t = contracts.StartYear(c) - problem.FirstYear;
                fill.Add(((double)weight * (double)LifetimeOf(lifetime, c) * (t >= 0 && t < discount.Length ? discount[t] : problem.DiscountFactor(contracts.StartYear(c))), c));
            }
        }

        fill.Sort(static (a, b) => b.Key.CompareTo(a.Key) is var byKey and not 0 ? byKey : a.Contract.CompareTo(b.Contract));
        var filled = 0;
        foreach (var (_, c) in fill)
        {
            if ((filled++ & CancellationMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (signedLink[contracts.Link(c)])
            {
                continue;
            }

            var volume = state.Fit(c);
            if (volume >= Math.Max(1, contracts.MinAnnual(c)) && state.TrySign(c, volume) is { } signed)
            {
                signedContracts.Add(c, volume, signed);
                signedLink[contracts.Link(c)] = true;
            }
        }

        var objective = signedContracts.Objective(weights);
        var bound = PlanBound.Compute(
            problem,
            weights,
            _solver,
            t => firstNetworks.TryGetValue(t, out var first) ? first.Problem : null,
            t => firstNetworks.TryGetValue(t, out var first) ? first.Result : null,
            cancellationToken);
        bound = Math.Max(bound, objective);
        var gap = (bound - objective) / Math.Max(Math.Abs(bound), 1);
        return new PlanningResult
        {
            Planner = "network-simplex-by-year",
            Optimality = gap <= settings.RelativeGap ? PlanOptimality.Optimal : PlanOptimality.Approximate,
            Objective = objective,
            Bound = bound,
            AnnualVolumes = signedContracts.AnnualVolumes(),
            Deliveries = signedContracts.Deliveries(),
            Iterations = iterations,
        };
    }

    // The discounted delivery years of one annual step, relative to the start year (1 for a one-year contract).
    private static decimal Lifetime(PlanningProblem problem, ContractTable contracts, int c)
    {
        var start = contracts.StartYear(c);
        if (contracts.IsOneWholeYear(c) && start <= problem.LastYear)
        {
            return 1m;
        }

        var shares = contracts.YearShares(c);
        if (shares.Count == 1 && start <= problem.LastYear)
        {
            // One delivery year, the start year itself: its discount relative to itself is exactly 1.
            return 0m + (shares[0] * 1m);
        }

        var total = 0m;
        for (var i = 0; i < shares.Count; i++)
        {
            var year = start + i;
            if (year <= problem.LastYear)
            {
                total += shares[i] * (decimal)(problem.DiscountFactor(year) / problem.DiscountFactor(start));
            }
        }

        return total;
    }

    private static long Rate(long left, long? next, decimal share)
    {
        if (share >= 1m || left <= 0)
        {
            return Math.Max(0, left);
        }

        var rate = (long)Math.Min(long.MaxValue / 4, decimal.Floor(left / Math.Max(share, 0.25m)));
        return Math.Max(0, next is { } n ? Math.Min(rate, n) : rate);
    }

    // The network's links: the run's own array of links when the network is every link in order at its largest volume (a one-year
    // plan's first network, as a rule), else a new array.
    private static ValueList<AllocationLink> Links(ContractTable contracts, IReadOnlyList<int> active, NetworkCapacities capacity, decimal[]? lifetime)
    {
        if (lifetime is null && contracts.LinksInOrder is { } inOrder && active.Count == inOrder.Count && capacity.AllAtLargest && InOrder(active))
        {
            return inOrder.AsNetworkLinks();
        }

        var links = new AllocationLink[active.Count];
        for (var k = 0; k < links.Length; k++)
        {
            var c = active[k];
            links[k] = Link(contracts, c, capacity[c], lifetime?[c]);
        }

        return ValueList<AllocationLink>.Own(links);
    }

    // Whether the active contracts are 0, 1, 2, … (each link's own, as many as the links).
    private static bool InOrder(IReadOnlyList<int> active)
    {
        if (active is IndexRange)
        {
            return true;
        }

        for (var k = 0; k < active.Count; k++)
        {
            if (active[k] != k)
            {
                return false;
            }
        }

        return true;
    }

    private static decimal LifetimeOf(decimal[]? lifetime, int c) => lifetime is null ? 1m : lifetime[c];

    private static AllocationLink Link(ContractTable contracts, int c, long capacity, decimal? lifetime)
    {
        var value = contracts.Value(c);
        var scaled = lifetime is not { } years || years == 1m ? value : (long)decimal.Round(value * years, MidpointRounding.ToEven);
        return new AllocationLink(contracts.Supply(c), contracts.Demand(c), capacity, scaled);
    }
}
