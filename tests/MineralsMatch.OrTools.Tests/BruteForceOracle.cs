using Google.OrTools.LinearSolver;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Tests;

/// <summary>
/// The independent check: enumerates every choice of signed contracts (none or one per link) and solves one LP per
/// choice with GLOP (and, for whole steps, one integer program per promising choice with SCIP), where a signed
/// contract's volume is at least its minimum (when the minimum exceeds one step). No 0/1 variable anywhere: every
/// delivery is its own variable, and the rows are written straight from the problem.
/// </summary>
internal static class BruteForceOracle
{
    /// <summary>
    /// The best (coverage, value) over all choices, once with continuous volumes and deliveries (an LP per choice)
    /// and once in whole steps (an integer program per choice, skipped where the choice's LP cannot beat the best
    /// found); coverage is 0 under <see cref="MatchObjective.TotalValue"/>.
    /// </summary>
    public static ((double Coverage, double Value) Continuous, (double Coverage, double Value) WholeSteps) Best(PlanningProblem problem)
    {
        var links = problem.Contracts.Select((c, i) => (c.Link, i)).GroupBy(p => p.Link).Select(g => g.Select(p => p.i).ToArray()).ToArray();
        var choices = new List<HashSet<int>>();
        var choice = new int[links.Length];
        while (true)
        {
            choices.Add(links.SelectMany((alternatives, l) => choice[l] == 0 ? [] : new[] { alternatives[choice[l] - 1] }).ToHashSet());
            var l = 0;
            while (l < links.Length && ++choice[l] > links[l].Length)
            {
                choice[l++] = 0;
            }

            if (l == links.Length)
            {
                break;
            }
        }

        var continuous = choices.Select(signed => (Signed: signed, Best: Lexicographic(problem, signed, integral: false))).Where(c => c.Best is not null).ToList();
        var bestContinuous = continuous.Select(c => c.Best!.Value).Aggregate((0.0, 0.0), Better);
        var bestWhole = (Coverage: 0.0, Value: 0.0);
        foreach (var (signed, relaxed) in continuous.OrderByDescending(c => c.Best!.Value.Coverage).ThenByDescending(c => c.Best!.Value.Value))
        {
            if (Better(bestWhole, relaxed!.Value) == bestWhole)
            {
                continue;
            }

            if (Lexicographic(problem, signed, integral: true) is { } whole)
            {
                bestWhole = Better(bestWhole, whole);
            }
        }

        return (bestContinuous, bestWhole);
    }

    private static (double Coverage, double Value) Better((double Coverage, double Value) a, (double Coverage, double Value) b)
    {
        var tie = 1e-6 * Math.Max(1, Math.Max(a.Coverage, b.Coverage));
        return b.Coverage > a.Coverage + tie || (b.Coverage >= a.Coverage - tie && b.Value > a.Value) ? b : a;
    }

    private static (double Coverage, double Value)? Lexicographic(PlanningProblem problem, HashSet<int> signed, bool integral)
    {
        if (problem.Objective == MatchObjective.TotalValue)
        {
            return Solve(problem, signed, coverage: false, floor: null, integral) is { } value ? (0, value) : null;
        }

        return Solve(problem, signed, coverage: true, floor: null, integral) is { } reached
            && Solve(problem, signed, coverage: false, floor: reached - (1e-7 * Math.Max(1, reached)), integral) is { } best
            ? (reached, best)
            : null;
    }

    private static double? Solve(PlanningProblem problem, HashSet<int> signed, bool coverage, double? floor, bool integral)
    {
        using var solver = Solver.CreateSolver(integral ? "SCIP" : "GLOP");
        var years = problem.Years;
        var supplyRows = Rows(solver, problem.Supplies.Select(s => s.Capacity.Select(x => (double)x).ToArray()));
        var demandRows = Rows(solver, problem.Demands.Select(d => d.Demand.Select(x => (double)x).ToArray()));
        var routeRows = Rows(solver, problem.Routes.Select(r => r.CapacityTonnes.Select(x => (double)x).ToArray()));
        var capRows = new Dictionary<string, Constraint>();
        var objective = solver.Objective();
        var coverageRow = floor is { } atLeast ? solver.MakeConstraint(atLeast, double.PositiveInfinity) : null;
        foreach (var c in signed)
        {
            var contract = problem.Contracts[c];
            var least = contract.MinAnnual > 1 ? contract.MinAnnual : 0;
            var volume = integral ? solver.MakeIntVar(least, contract.MaxAnnual, $"v{c}") : solver.MakeNumVar(least, contract.MaxAnnual, $"v{c}");
            var supply = problem.Supplies[contract.Supply];
            var demand = problem.Demands[contract.Demand];
            for (var k = 0; k < contract.YearShares.Count; k++)
            {
                var t = contract.StartYear + k - problem.FirstYear;
                var share = (double)contract.YearShares[k];
                var flex = (double)contract.Flexibility;
                var q = integral ? solver.MakeIntVar(0, double.PositiveInfinity, $"q{c}_{k}") : solver.MakeNumVar(0, double.PositiveInfinity, $"q{c}_{k}");
                var low = solver.MakeConstraint(0, double.PositiveInfinity);
                low.SetCoefficient(q, 1);
                low.SetCoefficient(volume, -share * (1 - flex));
                var high = solver.MakeConstraint(double.NegativeInfinity, 0);
                high.SetCoefficient(q, 1);
                high.SetCoefficient(volume, -share * (1 + flex));
                supplyRows[contract.Supply][t].SetCoefficient(q, 1);
                demandRows[contract.Demand][t].SetCoefficient(q, 1);
                if (contract.Route >= 0)
                {
                    routeRows[contract.Route][t].SetCoefficient(q, (double)contract.TonnesPerStep);
                }

                if (demand.SupplierCap is { } supplierCap)
                {
                    Cap(solver, capRows, $"s{contract.Demand}/{supply.Supplier}/{t}", supplierCap[t]).SetCoefficient(q, 1);
                }

                if (demand.CountryCap is { } countryCap)
                {
                    Cap(solver, capRows, $"c{contract.Demand}/{supply.Country}/{t}", countryCap[t]).SetCoefficient(q, 1);
                }

                var priority = demand.Priority;
                coverageRow?.SetCoefficient(q, priority);
                objective.SetCoefficient(q, coverage ? priority : problem.DiscountFactor(contract.StartYear + k) * contract.Value);
            }
        }

        objective.SetMaximization();
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        return solver.Solve(parameters) == Solver.ResultStatus.OPTIMAL ? objective.Value() : null;
    }

    private static Constraint[][] Rows(Solver solver, IEnumerable<double[]> limits) =>
        [.. limits.Select(perYear => perYear.Select(limit => solver.MakeConstraint(double.NegativeInfinity, limit)).ToArray())];

    private static Constraint Cap(Solver solver, Dictionary<string, Constraint> rows, string key, long limit)
    {
        if (!rows.TryGetValue(key, out var row))
        {
            rows[key] = row = solver.MakeConstraint(double.NegativeInfinity, limit);
        }

        return row;
    }
}
