using Google.OrTools.LinearSolver;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>
/// The planning problem as an OR-Tools linear model: per contract an annual volume <c>v</c> (with a 0/1 "signed"
/// variable where a minimum or an alternative makes it necessary) and, when its volume is flexible, one delivery
/// variable per delivery year; per year the capacity rows; at most one signed contract per link.
/// </summary>
/// <remarks>Not thread-safe: each planner run builds its own model.</remarks>
internal sealed class PlanModel : IDisposable
{
    private readonly PlanningProblem _problem;
    private readonly Solver _solver;
    private readonly Variable?[] _volume;
    private readonly Variable?[] _signed;
    private readonly Variable?[][] _delivery;

    private PlanModel(PlanningProblem problem, Solver solver, int contracts)
    {
        _problem = problem;
        _solver = solver;
        _volume = new Variable?[contracts];
        _signed = new Variable?[contracts];
        _delivery = new Variable?[contracts][];
    }

    /// <summary>Simplex iterations so far.</summary>
    public long Iterations => _solver.Iterations();

    /// <summary>Branch-and-bound nodes so far (0 for an LP).</summary>
    public long Nodes => _solver.IsMip() ? _solver.Nodes() : 0;

    /// <summary>
    /// Builds the model on the OR-Tools solver <paramref name="solverId"/> (<c>GLOP</c>, <c>SCIP</c>, <c>CP_SAT</c>):
    /// the exact whole-step model (integer volumes and deliveries, 0/1 "signed" variables) when
    /// <paramref name="integral"/>, otherwise its LP relaxation (every variable continuous).
    /// </summary>
    public static PlanModel Create(PlanningProblem problem, CapacityRows rows, ContractScreen screen, string solverId, bool integral)
    {
        var solver = Solver.CreateSolver(solverId) ?? throw new InvalidOperationException($"The OR-Tools solver '{solverId}' is not available on this platform.");
        var model = new PlanModel(problem, solver, problem.Contracts.Count);
        try
        {
            model.AddVariables(screen, integral);
            model.AddRows(rows);
            model.AddLinks();
            return model;
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>Sets the objective: maximise discounted value, or priority-weighted delivered volume (coverage).</summary>
    public void SetObjective(bool coverage)
    {
        var objective = _solver.Objective();
        objective.Clear();
        foreach (var (variable, coefficient) in Terms(coverage ? CoverageWeight : ValueWeight))
        {
            objective.SetCoefficient(variable, coefficient);
        }

        objective.SetMaximization();
    }

    /// <summary>Requires the priority-weighted delivered volume to be at least <paramref name="floor"/>; returns the row so the floor can be lowered.</summary>
    public Constraint AddCoverageFloor(double floor)
    {
        var row = _solver.MakeConstraint(floor, double.PositiveInfinity, "coverage-floor");
        foreach (var (variable, coefficient) in Terms(CoverageWeight))
        {
            row.SetCoefficient(variable, coefficient);
        }

        return row;
    }

    /// <summary>Keeps contract <paramref name="contract"/> unsigned.</summary>
    public void Close(int contract)
    {
        _volume[contract]?.SetUb(0);
        _signed[contract]?.SetUb(0);
    }

    /// <summary>Suggests a whole-step plan as the starting solution of a MIP backend.</summary>
    public void Hint(long[] volumes, long[][] deliveries) =>
        Hint(new FractionalPlan([.. volumes.Select(v => (double)v)], [.. deliveries.Select(d => d.Select(q => (double)q).ToArray())]));

    /// <summary>Suggests a starting solution to a MIP backend.</summary>
    public void Hint(FractionalPlan plan)
    {
        var variables = new List<Variable>();
        var values = new List<double>();
        for (var c = 0; c < _volume.Length; c++)
        {
            if (_volume[c] is not { } volume)
            {
                continue;
            }

            variables.Add(volume);
            values.Add(plan.Volumes[c]);
            if (_signed[c] is { } signed)
            {
                variables.Add(signed);
                values.Add(plan.Volumes[c] > 0 ? 1 : 0);
            }

            for (var k = 0; k < _delivery[c].Length; k++)
            {
                if (_delivery[c][k] is { } delivery)
                {
                    variables.Add(delivery);
                    values.Add(plan.Deliveries[c][k]);
                }
            }
        }

        _solver.SetHint([.. variables], [.. values]);
    }

    /// <summary>Solves within <paramref name="timeLimit"/>; cancelling interrupts the backend where it supports it.</summary>
    public ModelOutcome Solve(TimeSpan timeLimit, double relativeGap, CancellationToken cancellationToken)
    {
        _solver.SetTimeLimit(Math.Max(1L, (long)timeLimit.TotalMilliseconds));
        using var parameters = new MPSolverParameters();
        if (_solver.IsMip())
        {
            parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        }

        Solver.ResultStatus status;
        using (cancellationToken.Register(() => _solver.InterruptSolve()))
        {
            status = _solver.Solve(parameters);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var optimal = status == Solver.ResultStatus.OPTIMAL;
        if (!optimal && status != Solver.ResultStatus.FEASIBLE)
        {
            return new ModelOutcome(status.ToString(), false, null, double.NaN);
        }

        var objective = _solver.Objective();
        var value = objective.Value();
        // SCIP reports its infinity (1e20) when it has proven no bound yet.
        var best = objective.BestBound();
        var bound = _solver.IsMip() ? (Math.Abs(best) < 1e19 ? Math.Max(best, value) : double.NaN) : (optimal ? value : double.NaN);
        return new ModelOutcome(status.ToString(), optimal, Solution(), bound);
    }

    public void Dispose() => _solver.Dispose();

    private FractionalPlan Solution()
    {
        var volumes = new double[_volume.Length];
        var deliveries = new double[_volume.Length][];
        for (var c = 0; c < _volume.Length; c++)
        {
            var shares = _problem.Contracts[c].YearShares;
            deliveries[c] = new double[shares.Count];
            if (_volume[c] is not { } volume)
            {
                continue;
            }

            volumes[c] = Math.Max(0, volume.SolutionValue());
            for (var k = 0; k < shares.Count; k++)
            {
                deliveries[c][k] = _delivery[c][k] is { } delivery ? delivery.SolutionValue() : (double)shares[k] * volumes[c];
            }
        }

        return new FractionalPlan(volumes, deliveries);
    }

    private void AddVariables(ContractScreen screen, bool integral)
    {
        for (var c = 0; c < _volume.Length; c++)
        {
            var contract = _problem.Contracts[c];
            _delivery[c] = new Variable?[contract.YearShares.Count];
            if (!screen.Open[c])
            {
                continue;
            }

            var max = screen.MaxAnnual[c];
            var volume = _volume[c] = integral ? _solver.MakeIntVar(0, Math.Floor(max), $"v{c}") : _solver.MakeNumVar(0, max, $"v{c}");
            if (screen.Binary[c])
            {
                var signed = _signed[c] = integral ? _solver.MakeBoolVar($"y{c}") : _solver.MakeNumVar(0, 1, $"y{c}");
                var upper = _solver.MakeConstraint(double.NegativeInfinity, 0, $"max{c}");
                upper.SetCoefficient(volume, 1);
                upper.SetCoefficient(signed, -max);
                var lower = _solver.MakeConstraint(0, double.PositiveInfinity, $"min{c}");
                lower.SetCoefficient(volume, 1);
                lower.SetCoefficient(signed, -Math.Max(contract.MinAnnual, 1));
            }

            for (var k = 0; k < contract.YearShares.Count; k++)
            {
                // A whole year at fixed volume delivers v itself; otherwise the delivery is its own (whole-step) variable.
                var share = (double)contract.YearShares[k];
                if (share == 0 || (contract.Flexibility == 0 && (share == 1 || !integral)))
                {
                    continue;
                }

                var low = share * (double)(1 - contract.Flexibility);
                var high = share * (double)(1 + contract.Flexibility);
                var delivery = _delivery[c][k] = integral ? _solver.MakeIntVar(0, Math.Floor(high * max), $"q{c}_{k}") : _solver.MakeNumVar(0, high * max, $"q{c}_{k}");
                var floor = _solver.MakeConstraint(0, double.PositiveInfinity, $"low{c}_{k}");
                floor.SetCoefficient(delivery, 1);
                floor.SetCoefficient(volume, -low);
                var ceiling = _solver.MakeConstraint(double.NegativeInfinity, 0, $"high{c}_{k}");
                ceiling.SetCoefficient(delivery, 1);
                ceiling.SetCoefficient(volume, -high);
            }
        }
    }

    private void AddRows(CapacityRows rows)
    {
        var firstYear = _problem.FirstYear;
        foreach (var row in rows.Rows)
        {
            for (var t = 0; t < row.Limits.Length; t++)
            {
                var terms = new List<(Variable Variable, double Coefficient)>();
                var most = 0m;
                for (var m = 0; m < row.Members.Count; m++)
                {
                    var c = row.Members[m];
                    var contract = _problem.Contracts[c];
                    var k = firstYear + t - contract.StartYear;
                    if (_volume[c] is null || k < 0 || k >= contract.YearShares.Count || contract.YearShares[k] == 0 || row.Coefficients[m] == 0)
                    {
                        continue;
                    }

                    most += row.Coefficients[m] * contract.YearShares[k] * (1 + contract.Flexibility) * contract.MaxAnnual;
                    terms.Add(Delivery(c, k, (double)row.Coefficients[m]));
                }

                if (most <= row.Limits[t])
                {
                    continue;
                }

                var constraint = _solver.MakeConstraint(double.NegativeInfinity, (double)row.Limits[t], $"{row.Name}:{firstYear + t}");
                foreach (var (variable, coefficient) in terms)
                {
                    constraint.SetCoefficient(variable, coefficient);
                }
            }
        }
    }

    private void AddLinks()
    {
        foreach (var link in Enumerable.Range(0, _volume.Length).Where(c => _signed[c] is not null).GroupBy(c => _problem.Contracts[c].Link))
        {
            if (link.Count() < 2)
            {
                continue;
            }

            var one = _solver.MakeConstraint(double.NegativeInfinity, 1, $"link{link.Key}");
            foreach (var c in link)
            {
                one.SetCoefficient(_signed[c], 1);
            }
        }
    }

    private (Variable Variable, double Coefficient) Delivery(int contract, int k, double coefficient) =>
        _delivery[contract][k] is { } delivery
            ? (delivery, coefficient)
            : (_volume[contract]!, coefficient * (double)_problem.Contracts[contract].YearShares[k]);

    private double ValueWeight(int contract, int k) =>
        _problem.DiscountFactor(_problem.Contracts[contract].StartYear + k) * _problem.Contracts[contract].Value;

    private double CoverageWeight(int contract, int k) => _problem.Demands[_problem.Contracts[contract].Demand].Priority;

    private IEnumerable<(Variable Variable, double Coefficient)> Terms(Func<int, int, double> weight)
    {
        var sums = new Dictionary<Variable, double>(ReferenceEqualityComparer.Instance);
        var order = new List<Variable>();
        for (var c = 0; c < _volume.Length; c++)
        {
            if (_volume[c] is null)
            {
                continue;
            }

            for (var k = 0; k < _problem.Contracts[c].YearShares.Count; k++)
            {
                if (_problem.Contracts[c].YearShares[k] == 0)
                {
                    continue;
                }

                var (variable, coefficient) = Delivery(c, k, weight(c, k));
                if (!sums.TryGetValue(variable, out var sum))
                {
                    order.Add(variable);
                }

                sums[variable] = sum + coefficient;
            }
        }

        return order.Select(v => (v, sums[v]));
    }
}
