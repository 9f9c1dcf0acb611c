using System.Diagnostics;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>
/// The built-in fallback when the exact model finds no plan: solve the LP relaxation (GLOP), keep per link the
/// alternative with the most volume, close every contract below its minimum, and re-solve until every open
/// contract meets its minimum. The first relaxation's optimum is a proven bound on the value objective.
/// </summary>
internal static class RepairHeuristic
{
    private const int Rounds = 12;

    public static (FractionalPlan Plan, double Bound, long Iterations) Run(PlanningProblem problem, CapacityRows rows, ContractScreen screen, bool coverage, TimeSpan budget, CancellationToken cancellationToken)
    {
        var count = problem.Contracts.Count;
        var empty = new FractionalPlan(new double[count], [.. problem.Contracts.Select(c => new double[c.YearShares.Count])]);
        try
        {
            var clock = Stopwatch.StartNew();
            using var model = PlanModel.Create(problem, rows, screen, "GLOP", integral: false);
            model.SetObjective(coverage);
            var outcome = model.Solve(budget, 0, cancellationToken);
            if (outcome.Plan is null)
            {
                return (empty, double.NaN, model.Iterations);
            }

            var bound = coverage || !outcome.Optimal ? double.NaN : outcome.Bound;
            var plan = outcome.Plan;
            var closed = new bool[count];
            for (var round = 0; round < Rounds && clock.Elapsed < budget; round++)
            {
                if (!CloseShortfalls(problem, plan, closed, model))
                {
                    return (plan, bound, model.Iterations);
                }

                var next = model.Solve(budget - clock.Elapsed, 0, cancellationToken);
                if (next.Plan is null)
                {
                    break;
                }

                plan = next.Plan;
            }

            return (plan, bound, model.Iterations);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (empty, double.NaN, 0);
        }
    }

    // Closes the alternatives that carry less than the best on their link and the contracts below their minimum;
    // says whether it closed any.
    private static bool CloseShortfalls(PlanningProblem problem, FractionalPlan plan, bool[] closed, PlanModel model)
    {
        var changed = false;
        var signed = Enumerable.Range(0, closed.Length).Where(c => !closed[c] && plan.Volumes[c] > 1e-6);
        foreach (var link in signed.GroupBy(c => problem.Contracts[c].Link))
        {
            var best = link.OrderByDescending(c => plan.Volumes[c]).ThenBy(c => c).First();
            foreach (var c in link)
            {
                if (c != best || plan.Volumes[c] < problem.Contracts[c].MinAnnual - 1e-6)
                {
                    closed[c] = true;
                    model.Close(c);
                    changed = true;
                }
            }
        }

        return changed;
    }
}
