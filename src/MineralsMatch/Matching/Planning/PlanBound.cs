using MineralsMatch.Matching.Allocation;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// A proven upper bound on any feasible plan: the sum over years of the discounted optimum of that year's network, in which
/// every link may carry up to its largest delivery in the year (share × (1 + flexibility) × maximum), minimums are relaxed,
/// contracts are not tied across years and shared route capacities are dropped.
/// </summary>
/// <remarks>
/// Any plan's deliveries in a year are a feasible flow of that year's relaxed network (at most one alternative of a link is
/// signed, and every per-year limit holds), so its weighted deliveries are at most the year's optimum.
/// </remarks>
internal static class PlanBound
{
    public static double Compute(PlanningProblem problem, PlanWeights weights, IAllocationSolver solver, Func<int, AllocationProblem?> solved, Func<int, AllocationResult?> result, CancellationToken cancellationToken)
    {
        var bound = 0.0;
        for (var t = 0; t < problem.Years; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var year = problem.FirstYear + t;
            var best = Largest(problem, t);
            var nodes = Nodes(problem, t);
            double optimum;
            if (solved(t) is { } first && first.Objective == problem.Objective && SameNetwork(first, nodes, problem, weights, best) && result(t) is { } same)
            {
                // The planner's first network of the year is this one (a one-year problem where nothing had to be left out): its
                // optimum is known, and this network is not built a second time.
                optimum = Optimum(same, weights, best);
            }
            else
            {
                optimum = Solve(nodes, problem, weights, solver, best, cancellationToken);
            }

            bound += optimum * problem.DiscountFactor(year);
        }

        return bound;
    }

    // The year's optimum of the relaxed network; when it is too large for exact integer arithmetic, every link full at its weight.
    private static double Solve(AllocationProblem nodes, PlanningProblem problem, PlanWeights weights, IAllocationSolver solver, YearLinks best, CancellationToken cancellationToken)
    {
        var links = Links(problem, weights, best);
        if (links.Length == 0)
        {
            return 0.0;
        }

        try
        {
            return Optimum(solver.Solve(nodes with { Links = Collections.ValueList<AllocationLink>.Own(links) }, cancellationToken), weights, best);
        }
        catch (InvalidOperationException)
        {
            return links.Sum(l => Math.Max(0.0, (double)l.Capacity * l.Value));
        }
    }

    // Σ flow × weight over the network's links (one per link with a contract delivering in the year, in link order).
    private static double Optimum(AllocationResult result, PlanWeights weights, YearLinks best)
    {
        var optimum = 0.0;
        var k = 0;
        for (var i = 0; i < best.Count; i++)
        {
            if (best.Contract(i) is var c and >= 0)
            {
                optimum += (double)result.Flows[k++] * weights.Of(c);
            }
        }

        return optimum;
    }

    // Whether the planner's network is link for link the relaxed network of the year, read with the problem's objective.
    private static bool SameNetwork(AllocationProblem first, AllocationProblem nodes, PlanningProblem problem, PlanWeights weights, YearLinks best)
    {
        if (!first.Supplies.SequenceEqual(nodes.Supplies) || !first.Demands.SequenceEqual(nodes.Demands))
        {
            return false;
        }

        var contracts = problem.Table;
        var k = 0;
        var links = first.Links;
        for (var i = 0; i < best.Count; i++)
        {
            if (best.Contract(i) is var c and >= 0)
            {
                if (k >= links.Count || links[k] != new AllocationLink(contracts.Supply(c), contracts.Demand(c), best.Most(i), weights.Of(c)))
                {
                    return false;
                }

                k++;
            }
        }

        return k == links.Count;
    }

    // Per link, the contract with the largest delivery in year index t (-1 when none delivers then), and that delivery.
    private static YearLinks Largest(PlanningProblem problem, int t)
    {
        var year = problem.FirstYear + t;
        var contracts = problem.Table;
        if (contracts.AllOneWholeYear && contracts.OnePerLink && Enumerable.Range(0, contracts.Count).All(c => contracts.StartYear(c) == year))
        {
            // A one-year plan: each contract is its link's only one and delivers its maximum; links rise with contracts, so the
            // contracts in order are the links in order (no per-link arrays).
            return new YearLinks(contracts, null, null);
        }

        var linkCount = 0;
        for (var c = 0; c < contracts.Count; c++)
        {
            linkCount = Math.Max(linkCount, contracts.Link(c) + 1);
        }

        var best = new int[linkCount];
        var most = new long[linkCount];
        Array.Fill(best, -1);
        var wholeYears = contracts.AllOneWholeYear;
        for (var c = 0; c < contracts.Count; c++)
        {
            if (wholeYears)
            {
                // One whole year without flexibility: the largest delivery is the maximum itself (no decimal work).
                if (contracts.StartYear(c) == year && (best[contracts.Link(c)] < 0 || contracts.MaxAnnual(c) > most[contracts.Link(c)]))
                {
                    best[contracts.Link(c)] = c;
                    most[contracts.Link(c)] = contracts.MaxAnnual(c);
                }

                continue;
            }

            var i = year - contracts.StartYear(c);
            var shares = contracts.YearShares(c);
            if (i < 0 || i >= shares.Count)
            {
                continue;
            }

            var share = shares[i];
            var flexibility = contracts.Flexibility(c);
            var largest = share == 1m && flexibility == 0m ? contracts.MaxAnnual(c) : (long)decimal.Floor(share * (1m + flexibility) * contracts.MaxAnnual(c));
            var link = contracts.Link(c);
            if (best[link] < 0 || largest > most[link])
            {
                best[link] = c;
                most[link] = largest;
            }
        }

        return new YearLinks(contracts, best, most);
    }

    // Sized once: a network of millions of links is not copied from a growing list.
    private static AllocationLink[] Links(PlanningProblem problem, PlanWeights weights, YearLinks best)
    {
        var contracts = problem.Table;
        var count = 0;
        for (var i = 0; i < best.Count; i++)
        {
            count += best.Contract(i) >= 0 ? 1 : 0;
        }

        var links = new AllocationLink[count];
        var k = 0;
        for (var i = 0; i < best.Count; i++)
        {
            if (best.Contract(i) is var c and >= 0)
            {
                links[k++] = new AllocationLink(contracts.Supply(c), contracts.Demand(c), best.Most(i), weights.Of(c));
            }
        }

        return links;
    }

    // The year's links in link order: per entry its contract (−1 for a link none delivers in the year) and largest delivery.
    // Without arrays, every contract in order at its maximum (a one-year plan's links).
    private readonly struct YearLinks(ContractTable contracts, int[]? best, long[]? most)
    {
        public int Count => best?.Length ?? contracts.Count;

        public int Contract(int i) => best is null ? i : best[i];

        public long Most(int i) => most is null ? contracts.MaxAnnual(i) : most[i];
    }

    // The year's supplies and demands, without links; the network is read for total value (weights carry any coverage bonus).
    private static AllocationProblem Nodes(PlanningProblem problem, int t) => new()
    {
        Supplies = [.. problem.Supplies.Select(s => new AllocationSupply(s.Id, s.Capacity[t], s.Supplier, s.Country))],
        Demands = [.. problem.Demands.Select(d => new AllocationDemand(d.Id, d.Demand[t], d.Priority, d.SupplierCap?[t], d.CountryCap?[t]))],
        Objective = MatchObjective.TotalValue,
    };
}
