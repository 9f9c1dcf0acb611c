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
        var linkCount = 0;
        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            linkCount = Math.Max(linkCount, problem.Contracts[c].Link + 1);
        }

        var best = new int[linkCount];
        var most = new long[linkCount];
        Array.Fill(best, -1);
        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            var contract = problem.Contracts[c];
            var i = year - contract.StartYear;
            if (i < 0 || i >= contract.YearShares.Count)
            {
                continue;
            }

            var share = contract.YearShares[i];
            var largest = share == 1m && contract.Flexibility == 0m ? contract.MaxAnnual : (long)decimal.Floor(share * (1m + contract.Flexibility) * contract.MaxAnnual);
            if (best[contract.Link] < 0 || largest > most[contract.Link])
            {
                best[contract.Link] = c;
                most[contract.Link] = largest;
            }
        }

        var links = new List<(long Capacity, PlanningContract Contract)>(linkCount);
        for (var link = 0; link < linkCount; link++)
        {
            if (best[link] >= 0)
            {
                links.Add((most[link], problem.Contracts[best[link]]));
            }
        }

        var linkWeights = new List<long>(links.Count);
        foreach (var (_, contract) in links)
        {
            linkWeights.Add(weights.Of(contract));
        }

        weightOfLink = linkWeights;
        return new AllocationProblem
        {
            Supplies = [.. problem.Supplies.Select(s => new AllocationSupply(s.Id, s.Capacity[t], s.Supplier, s.Country))],
            Demands = [.. problem.Demands.Select(d => new AllocationDemand(d.Id, d.Demand[t], d.Priority, d.SupplierCap?[t], d.CountryCap?[t]))],
            Links = Collections.ValueList<AllocationLink>.Own(AllocationLinks(links, linkWeights)),
            Objective = MatchObjective.TotalValue,
        };
    }

    private static AllocationLink[] AllocationLinks(List<(long Capacity, PlanningContract Contract)> links, List<long> weights)
    {
        var result = new AllocationLink[links.Count];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = new AllocationLink(links[k].Contract.Supply, links[k].Contract.Demand, links[k].Capacity, weights[k]);
        }

        return result;
    }
}
