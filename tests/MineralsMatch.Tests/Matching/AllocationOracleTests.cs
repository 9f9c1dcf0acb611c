using Google.OrTools.LinearSolver;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;

namespace MineralsMatch.Tests.Matching;

/// <summary>
/// The network allocation (with supplier and country caps) against an independent LP of the same problem,
/// solved by OR-Tools' GLOP: equal optimal value on 500 seeded random problems. The LP's constraint matrix
/// (nested caps over an assignment) is totally unimodular, so its optimum is the integer optimum.
/// </summary>
public sealed class AllocationOracleTests
{
    private static IEnumerable<int> Seeds => Enumerable.Range(1, 500);

    [TestCaseSource(nameof(Seeds))]
    public void Network_allocation_value_equals_the_lp_optimum(int seed)
    {
        var problem = RandomProblem(seed);

        var result = new NetworkSimplexAllocationSolver().Solve(problem);

        Assert.That((double)result.Objective, Is.EqualTo(LpOptimum(problem)).Within(1e-6).Percent, $"seed {seed}");
        AssertFeasible(problem, result, seed);
    }

    [TestCaseSource(nameof(Seeds))]
    public void Coverage_first_is_lexicographic_like_a_two_phase_lp(int seed)
    {
        var problem = RandomProblem(seed) with { Objective = MatchObjective.CoverageFirst };

        var result = new NetworkSimplexAllocationSolver().Solve(problem);

        var coverage = Enumerable.Range(0, problem.Links.Count).Sum(k => (double)result.Flows[k] * problem.Demands[problem.Links[k].Demand].Priority);
        var (bestCoverage, bestValue) = TwoPhaseOptimum(problem);
        Assert.That(coverage, Is.EqualTo(bestCoverage).Within(1e-6), $"seed {seed}: priority-weighted coverage");
        Assert.That((double)result.Objective, Is.EqualTo(bestValue).Within(1e-3), $"seed {seed}: value among the plans that cover most (the LP keeps coverage within 1e-7)");
        AssertFeasible(problem, result, seed);
    }

    private static (double Coverage, double Value) TwoPhaseOptimum(AllocationProblem problem)
    {
        using var solver = Solver.CreateSolver("GLOP");
        var x = Constrain(solver, problem);
        var objective = solver.Objective();
        for (var k = 0; k < x.Length; k++)
        {
            objective.SetCoefficient(x[k], problem.Demands[problem.Links[k].Demand].Priority);
        }

        objective.SetMaximization();
        Assert.That(solver.Solve(), Is.EqualTo(Solver.ResultStatus.OPTIMAL));
        var coverage = objective.Value();

        var keep = solver.MakeConstraint(coverage - 1e-7, double.PositiveInfinity);
        for (var k = 0; k < x.Length; k++)
        {
            keep.SetCoefficient(x[k], problem.Demands[problem.Links[k].Demand].Priority);
            objective.SetCoefficient(x[k], problem.Links[k].Value);
        }

        Assert.That(solver.Solve(), Is.EqualTo(Solver.ResultStatus.OPTIMAL));
        return (coverage, objective.Value());
    }

    private static AllocationProblem RandomProblem(int seed)
    {
        var random = new Random(seed);
        var supplies = Enumerable.Range(0, random.Next(1, 9))
            .Select(i => random.Next(5))
            .Select((supplier, i) => new AllocationSupply($"o{i}", random.Next(0, 50), $"s{supplier}", $"c{supplier % 3}"))
            .ToList();
        var demands = Enumerable.Range(0, random.Next(1, 9))
            .Select(j =>
            {
                var target = random.Next(1, 60);
                return new AllocationDemand(
                    $"r{j}",
                    target,
                    random.Next(1, 11),
                    random.Next(2) == 0 ? target * random.Next(2, 10) / 10 : null,
                    random.Next(2) == 0 ? target * random.Next(2, 10) / 10 : null);
            })
            .ToList();
        var links = new List<AllocationLink>();
        for (var i = 0; i < supplies.Count; i++)
        {
            for (var j = 0; j < demands.Count; j++)
            {
                if (random.Next(3) > 0)
                {
                    links.Add(new AllocationLink(i, j, random.Next(0, 40), random.Next(1, 1000)));
                }
            }
        }

        return new AllocationProblem { Supplies = supplies, Demands = demands, Links = links, Objective = MatchObjective.TotalValue };
    }

    private static double LpOptimum(AllocationProblem problem)
    {
        using var solver = Solver.CreateSolver("GLOP");
        var x = Constrain(solver, problem);
        var objective = solver.Objective();
        for (var k = 0; k < x.Length; k++)
        {
            objective.SetCoefficient(x[k], problem.Links[k].Value);
        }

        objective.SetMaximization();
        Assert.That(solver.Solve(), Is.EqualTo(Solver.ResultStatus.OPTIMAL));
        return objective.Value();
    }

    private static Variable[] Constrain(Solver solver, AllocationProblem problem)
    {
        var x = problem.Links.Select((l, k) => solver.MakeNumVar(0, l.Capacity, $"x{k}")).ToArray();
        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            AtMost(solver, x, problem, k => problem.Links[k].Supply == i, problem.Supplies[i].Capacity);
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            var demand = problem.Demands[j];
            AtMost(solver, x, problem, k => problem.Links[k].Demand == j, demand.Target);
            foreach (var supplier in problem.Supplies.Select(s => s.Supplier).Distinct())
            {
                if (demand.SupplierCap is { } cap)
                {
                    AtMost(solver, x, problem, k => problem.Links[k].Demand == j && problem.Supplies[problem.Links[k].Supply].Supplier == supplier, cap);
                }
            }

            foreach (var country in problem.Supplies.Select(s => s.Country).Distinct())
            {
                if (demand.CountryCap is { } cap)
                {
                    AtMost(solver, x, problem, k => problem.Links[k].Demand == j && problem.Supplies[problem.Links[k].Supply].Country == country, cap);
                }
            }
        }

        return x;
    }

    private static void AtMost(Solver solver, Variable[] x, AllocationProblem problem, Func<int, bool> member, long bound)
    {
        var constraint = solver.MakeConstraint(double.NegativeInfinity, bound);
        for (var k = 0; k < problem.Links.Count; k++)
        {
            if (member(k))
            {
                constraint.SetCoefficient(x[k], 1);
            }
        }
    }

    private static void AssertFeasible(AllocationProblem problem, AllocationResult result, int seed)
    {
        for (var k = 0; k < problem.Links.Count; k++)
        {
            Assert.That(result.Flows[k], Is.InRange(0, problem.Links[k].Capacity), $"seed {seed} link {k}");
        }

        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            Assert.That(Enumerable.Range(0, problem.Links.Count).Where(k => problem.Links[k].Supply == i).Sum(k => result.Flows[k]), Is.LessThanOrEqualTo(problem.Supplies[i].Capacity));
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            var links = Enumerable.Range(0, problem.Links.Count).Where(k => problem.Links[k].Demand == j).ToList();
            Assert.That(links.Sum(k => result.Flows[k]), Is.LessThanOrEqualTo(problem.Demands[j].Target));
            if (problem.Demands[j].CountryCap is { } cap)
            {
                foreach (var group in links.GroupBy(k => problem.Supplies[problem.Links[k].Supply].Country))
                {
                    Assert.That(group.Sum(k => result.Flows[k]), Is.LessThanOrEqualTo(cap), $"seed {seed} country cap");
                }
            }
        }
    }
}
