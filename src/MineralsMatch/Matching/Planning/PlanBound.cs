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
    public static double Compute(PlanningProblem problem, PlanWeights weights, IAllocationSolver solver, Func<int, AllocationProblem, AllocationResult?> reuse, CancellationToken cancellationToken)
    {
        var bound = 0.0;
        for (var t = 0; t < problem.Years; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var year = problem.FirstYear + t;
            var network = Network(problem, weights, t, out var weightOfLink);
            if (network.Links.Count == 0)
            {
                continue;
            }

            double best;
            try
            {
                var result = reuse(t, Plain(problem, network)) is { } same ? same : solver.Solve(network, cancellationToken);
                best = 0.0;
                for (var k = 0; k < network.Links.Count; k++)
                {
                    best += (double)result.Flows[k] * weightOfLink[k];
                }
            }
            catch (InvalidOperationException)
            {
                // Too large for exact integer arithmetic: every link full at its weight is still a bound.
                best = network.Links.Select((l, k) => Math.Max(0.0, (double)l.Capacity * weightOfLink[k])).Sum();
            }

            bound += best * problem.DiscountFactor(year);
        }

        return bound;
    }

    // The same network with the contracts' own values and the problem's objective: what the planner solved for a one-year problem.
    private static AllocationProblem Plain(PlanningProblem problem, AllocationProblem network) => network with { Objective = problem.Objective };

    private static AllocationProblem Network(PlanningProblem problem, PlanWeights weights, int t, out List<long> weightOfLink)
    {
        var year = problem.FirstYear + t;
        var contracts = problem.Table;
        var linkCount = 0;
        for (var c = 0; c < contracts.Count; c++)
        {
            linkCount = Math.Max(linkCount, contracts.Link(c) + 1);
        }

        var best = new int[linkCount];
        var most = new long[linkCount];
        Array.Fill(best, -1);
        for (var c = 0; c < contracts.Count; c++)
        {
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

        var count = 0;
        foreach (var c in best)
        {
            count += c >= 0 ? 1 : 0;
        }

        // Sized once: a network of millions of links is not copied from a growing list.
        var links = new AllocationLink[count];
        var linkWeights = new List<long>(count);
        for (var link = 0; link < linkCount; link++)
        {
            if (best[link] is var c and >= 0)
            {
                var weight = weights.Of(c);
                links[linkWeights.Count] = new AllocationLink(contracts.Supply(c), contracts.Demand(c), most[link], weight);
                linkWeights.Add(weight);
            }
        }

        weightOfLink = linkWeights;
        return new AllocationProblem
        {
            Supplies = [.. problem.Supplies.Select(s => new AllocationSupply(s.Id, s.Capacity[t], s.Supplier, s.Country))],
            Demands = [.. problem.Demands.Select(d => new AllocationDemand(d.Id, d.Demand[t], d.Priority, d.SupplierCap?[t], d.CountryCap?[t]))],
            Links = Collections.ValueList<AllocationLink>.Own(links),
            Objective = MatchObjective.TotalValue,
        };
    }
}
