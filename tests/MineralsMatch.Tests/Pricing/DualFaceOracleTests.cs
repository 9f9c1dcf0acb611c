using Google.OrTools.LinearSolver;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Pricing;

namespace MineralsMatch.Tests.Pricing;

/// <summary>
/// The core prices against an independent LP dual solved by OR-Tools' GLOP on 300 seeded random allocation problems with
/// supplier and country caps: every point the pricing policies use is an optimal dual (so it satisfies the core inequalities),
/// and the seller-optimal and buyer-optimal points are the LP's extreme optimal duals.
/// </summary>
public sealed class DualFaceOracleTests
{
    private const double Tolerance = 1e-6;
    private const double Big = 1e7;

    private static IEnumerable<int> Seeds => Enumerable.Range(1, 300);

    [TestCaseSource(nameof(Seeds))]
    public void Every_core_point_is_an_optimal_lp_dual_and_the_extremes_match_glop(int seed)
    {
        var problem = RandomProblem(seed);
        var optimal = new NetworkSimplexAllocationSolver().Solve(problem);
        var face = DualFace.Compute(problem, optimal, CancellationToken.None);

        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            Assert.That(face.SupplyLow[i], Is.LessThanOrEqualTo(face.SupplySolver[i]), $"seed {seed} offer {i}: low ≤ core");
            Assert.That(face.SupplySolver[i], Is.LessThanOrEqualTo(face.SupplyHigh[i]), $"seed {seed} offer {i}: core ≤ high");
        }

        var opt = (double)optimal.Objective;
        var seller = face.SupplyHigh.Select(u => (double)u).ToArray();
        var buyer = face.DemandLow.Select(w => (double)w).ToArray();
        Assert.That(IsOptimalDual(problem, opt, seller, buyer), Is.True, $"seed {seed}: the seller-optimal point is an optimal dual");
        Assert.That(IsOptimalDual(problem, opt, face.SupplyLow.Select(u => (double)u).ToArray(), face.DemandHigh.Select(w => (double)w).ToArray()), Is.True, $"seed {seed}: the buyer-optimal point");
        var midpoint = problem.Supplies.Select((_, i) => (face.SupplyLow[i] + face.SupplyHigh[i]) / 2.0).ToArray();
        var midBuyer = problem.Demands.Select((_, j) => (face.DemandLow[j] + face.DemandHigh[j]) / 2.0).ToArray();
        Assert.That(IsOptimalDual(problem, opt, midpoint, midBuyer), Is.True, $"seed {seed}: the midpoint");
        Assert.That(IsOptimalDual(problem, opt, face.SupplySolver.Select(u => (double)u).ToArray(), face.DemandSolver.Select(w => (double)w).ToArray()), Is.True, $"seed {seed}: the solver's dual brought into the core");

        var (glopSeller, glopBuyer) = Extreme(problem, opt, sellers: true);
        var (glopLowSeller, glopHighBuyer) = Extreme(problem, opt, sellers: false);
        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            if (problem.Supplies[i].Capacity > 0)
            {
                Assert.That(face.SupplyHigh[i], Is.EqualTo(glopSeller[i]).Within(1e-4), $"seed {seed} offer {i}: seller-optimal u");
                Assert.That(face.SupplyLow[i], Is.EqualTo(glopLowSeller[i]).Within(1e-4), $"seed {seed} offer {i}: buyer-optimal u");
            }
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            Assert.That(face.DemandLow[j], Is.EqualTo(glopBuyer[j]).Within(1e-4), $"seed {seed} requirement {j}: seller-optimal w");
            Assert.That(face.DemandHigh[j], Is.EqualTo(glopHighBuyer[j]).Within(1e-4), $"seed {seed} requirement {j}: buyer-optimal w");
        }
    }

    [Test]
    public void Without_caps_core_prices_satisfy_the_core_inequalities_link_by_link()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var problem = RandomProblem(seed);
            problem = problem with { Demands = [.. problem.Demands.Select(d => d with { SupplierCap = null, CountryCap = null })] };
            var optimal = new NetworkSimplexAllocationSolver().Solve(problem);
            var face = DualFace.Compute(problem, optimal, CancellationToken.None);
            foreach (var (u, w) in new[] { (face.SupplyHigh, face.DemandLow), (face.SupplyLow, face.DemandHigh) })
            {
                for (var k = 0; k < problem.Links.Count; k++)
                {
                    var link = problem.Links[k];
                    var x = optimal.Flows[k];
                    if (x < link.Capacity || !DualFace.IsOwnLimit(problem, link))
                    {
                        Assert.That(u[link.Supply] + w[link.Demand], Is.GreaterThanOrEqualTo(link.Value), $"seed {seed} link {k}: no pair outside the plan could both gain");
                    }

                    if (x > 0)
                    {
                        Assert.That(u[link.Supply] + w[link.Demand], Is.LessThanOrEqualTo(link.Value), $"seed {seed} link {k}: a traded pair splits no more than its value");
                    }
                }

                for (var i = 0; i < problem.Supplies.Count; i++)
                {
                    var sold = Enumerable.Range(0, problem.Links.Count).Where(k => problem.Links[k].Supply == i).Sum(k => optimal.Flows[k]);
                    Assert.That(u[i], sold < problem.Supplies[i].Capacity ? Is.EqualTo(0) : Is.GreaterThanOrEqualTo(0), $"seed {seed} offer {i}: unsold capacity earns nothing");
                }

                for (var j = 0; j < problem.Demands.Count; j++)
                {
                    var met = Enumerable.Range(0, problem.Links.Count).Where(k => problem.Links[k].Demand == j).Sum(k => optimal.Flows[k]);
                    Assert.That(w[j], met < problem.Demands[j].Target ? Is.EqualTo(0) : Is.GreaterThanOrEqualTo(0), $"seed {seed} requirement {j}: unmet demand earns nothing");
                }
            }
        }
    }

    internal static AllocationProblem RandomProblem(int seed)
    {
        var random = new Random(seed);
        var supplies = Enumerable.Range(0, random.Next(1, 8))
            .Select(i => random.Next(4))
            .Select((supplier, i) => new AllocationSupply($"o{i}", random.Next(1, 50), $"s{supplier}", $"c{supplier % 2}"))
            .ToList();
        var demands = Enumerable.Range(0, random.Next(1, 8))
            .Select(j =>
            {
                var target = random.Next(1, 60);
                return new AllocationDemand($"r{j}", target, random.Next(1, 11),
                    random.Next(3) == 0 ? target * random.Next(3, 10) / 10 : null,
                    random.Next(3) == 0 ? target * random.Next(4, 10) / 10 : null);
            })
            .ToList();
        var links = new List<AllocationLink>();
        for (var i = 0; i < supplies.Count; i++)
        {
            for (var j = 0; j < demands.Count; j++)
            {
                if (random.Next(3) > 0)
                {
                    links.Add(new AllocationLink(i, j, random.Next(1, 40), random.Next(1, 100)));
                }
            }
        }

        return new AllocationProblem { Supplies = supplies, Demands = demands, Links = links, Objective = MatchObjective.TotalValue };
    }

    // The dual LP of the network formulation: u(i), w(j) for offers and requirements, one variable per share-cap arc (a cap that
    // can bind), one per link capacity that is a limit of its own (the others change no allocation); u + w + caps + z ≥ value on
    // every link; optimal when the dual objective equals the primal optimum.
    private static (Solver Solver, Variable[] U, Variable[] W) DualLp(AllocationProblem problem, double optimum)
    {
        var solver = Solver.CreateSolver("GLOP");
        var u = problem.Supplies.Select((_, i) => solver.MakeNumVar(0, Big, $"u{i}")).ToArray();
        var w = problem.Demands.Select((_, j) => solver.MakeNumVar(0, Big, $"w{j}")).ToArray();
        var objective = solver.MakeConstraint(double.NegativeInfinity, optimum + Tolerance);
        for (var i = 0; i < u.Length; i++)
        {
            objective.SetCoefficient(u[i], problem.Supplies[i].Capacity);
        }

        for (var j = 0; j < w.Length; j++)
        {
            objective.SetCoefficient(w[j], problem.Demands[j].Target);
        }

        var layout = NetworkLayout.Build(problem);
        var caps = layout.CapArcs.Select((cap, a) =>
        {
            var s = solver.MakeNumVar(0, Big, $"cap{a}");
            objective.SetCoefficient(s, cap.Capacity);
            return s;
        }).ToArray();
        for (var k = 0; k < problem.Links.Count; k++)
        {
            var link = problem.Links[k];
            var row = solver.MakeConstraint(link.Value, double.PositiveInfinity);
            row.SetCoefficient(u[link.Supply], 1);
            row.SetCoefficient(w[link.Demand], 1);
            if (DualFace.IsOwnLimit(problem, link))
            {
                var z = solver.MakeNumVar(0, Big, $"z{k}");
                objective.SetCoefficient(z, DualFace.Capacity(problem, link));
                row.SetCoefficient(z, 1);
            }

            // The share caps on the link's way into its requirement: (requirement, supplier), then (requirement, country).
            for (var node = layout.LinkHeads[k]; node != layout.DemandNode(link.Demand);)
            {
                var a = layout.CapArcs.FindIndex(c => c.Tail == node);
                row.SetCoefficient(caps[a], 1);
                node = layout.CapArcs[a].Head;
            }
        }

        return (solver, u, w);
    }

    private static bool IsOptimalDual(AllocationProblem problem, double optimum, double[] u, double[] w)
    {
        var (solver, uv, wv) = DualLp(problem, optimum);
        using (solver)
        {
            for (var i = 0; i < u.Length; i++)
            {
                uv[i].SetBounds(u[i], u[i]);
            }

            for (var j = 0; j < w.Length; j++)
            {
                wv[j].SetBounds(w[j], w[j]);
            }

            return solver.Solve() == Solver.ResultStatus.OPTIMAL;
        }
    }

    private static (double[] U, double[] W) Extreme(AllocationProblem problem, double optimum, bool sellers)
    {
        var (solver, u, w) = DualLp(problem, optimum);
        using (solver)
        {
            var objective = solver.Objective();
            foreach (var v in u)
            {
                objective.SetCoefficient(v, sellers ? 1 : -1);
            }

            foreach (var v in w)
            {
                objective.SetCoefficient(v, sellers ? -1 : 1);
            }

            objective.SetMaximization();
            Assert.That(solver.Solve(), Is.EqualTo(Solver.ResultStatus.OPTIMAL));
            return ([.. u.Select(v => v.SolutionValue())], [.. w.Select(v => v.SolutionValue())]);
        }
    }
}
