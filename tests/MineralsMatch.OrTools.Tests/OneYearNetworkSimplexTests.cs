using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Tests;

public class OneYearNetworkSimplexTests
{
    [Test]
    public void On_one_year_problems_without_binding_minimums_the_plan_equals_the_network_simplex_allocation()
    {
        var planner = new OrToolsContractPlanner();
        var solver = new NetworkSimplexAllocationSolver();
        for (var seed = 1; seed <= 150; seed++)
        {
            var problem = RandomPlanningProblems.OneYear(seed);
            var plan = planner.Plan(problem, PlanningSettings.Default);
            var allocation = solver.Solve(Allocation(problem));

            Assert.That(PlanChecker.Violations(problem, plan), Is.Empty, $"seed {seed}");
            Assert.That(plan.Optimality, Is.EqualTo(PlanOptimality.Optimal), $"seed {seed}");
            Assert.That(plan.Objective, Is.EqualTo((double)allocation.Objective), $"seed {seed}: value");
            if (problem.Objective == MatchObjective.CoverageFirst)
            {
                var covered = allocation.Flows.Select((flow, k) => (double)flow * problem.Demands[problem.Contracts[k].Demand].Priority).Sum();
                Assert.That(PlanChecker.Coverage(problem, plan), Is.EqualTo(covered), $"seed {seed}: coverage");
            }
        }
    }

    private static AllocationProblem Allocation(PlanningProblem problem) => new()
    {
        Supplies = [.. problem.Supplies.Select(s => new AllocationSupply(s.Id, s.Capacity[0], s.Supplier, s.Country))],
        Demands = [.. problem.Demands.Select(d => new AllocationDemand(d.Id, d.Demand[0], d.Priority, d.SupplierCap?[0], d.CountryCap?[0]))],
        Links = [.. problem.Contracts.Select(c => new AllocationLink(c.Supply, c.Demand, c.MaxAnnual, c.Value))],
        Objective = problem.Objective,
    };
}
