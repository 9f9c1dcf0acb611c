using Microsoft.Extensions.Options;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Terms;

namespace MineralsMatch.Tests.Matching;

/// <summary>
/// The allocation-solver contract is solver-neutral: a status enumeration and named counters, no network terms. A solver that
/// reports no counters still drives the engine; the result's network figures are the built-in solver's counters, 0 when absent.
/// </summary>
public sealed class NeutralSolverContractTests
{
    private static readonly TestMarket Market = new TestMarket()
        .Offer("cn1", "cn-a", 10_000m, 150m, country: "CN", hub: "cn-origin")
        .Offer("cn2", "cn-b", 10_000m, 160m, country: "CN", hub: "cn-origin")
        .Offer("kz", "erg", 10_000m, 250m)
        .Requirement("r1", "jogmec", 1_000m, 300m, change: r => r with { MaxShareFromCountry = 0.4m });

    [Test]
    public void The_built_in_solver_reports_its_network_as_counters_and_the_result_shows_them()
    {
        var result = Run(new NetworkSimplexAllocationSolver());

        Assert.Multiple(() =>
        {
            Assert.That(result.Solver.Status, Is.EqualTo("Optimal"));
            Assert.That(result.Solver.Nodes, Is.GreaterThan(0));
            Assert.That(result.Solver.Arcs, Is.GreaterThan(0));
            Assert.That(result.Solver.CountryNodes, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_solver_without_counters_gives_the_same_allocation_with_zero_network_figures_and_its_own_status()
    {
        var plain = Run(new NetworkSimplexAllocationSolver());
        var result = Run(new Uncounted(new NetworkSimplexAllocationSolver()));

        Assert.Multiple(() =>
        {
            Assert.That(result.Proposals.Select(p => (p.Supplier, p.AnnualVolume.Amount)), Is.EqualTo(plain.Proposals.Select(p => (p.Supplier, p.AnnualVolume.Amount))));
            Assert.That(result.Solver.Solver, Is.EqualTo("uncounted"));
            Assert.That(result.Solver.Status, Is.EqualTo("Feasible"));
            Assert.That((result.Solver.Nodes, result.Solver.Arcs, result.Solver.CountryNodes, result.Solver.Pivots), Is.EqualTo((0, 0, 0, 0L)));
        });
    }

    [Test]
    public void A_counter_is_looked_up_by_its_exact_name()
    {
        var result = new AllocationResult { Solver = "s", Status = AllocationStatus.Optimal, Objective = 0, Counters = [new SolverCounter("pivots", 7)] };

        Assert.Multiple(() =>
        {
            Assert.That(result.Counter(NetworkSimplexAllocationSolver.PivotsCounter), Is.EqualTo(7));
            Assert.That(result.Counter("Pivots"), Is.Zero);
            Assert.That(result.Counter(NetworkSimplexAllocationSolver.NodesCounter), Is.Zero);
        });
    }

    private static MatchResult Run(IAllocationSolver solver) =>
        new MatchingEngine(TestMarket.Catalog, [], [], solver, new DefaultContractTermsPolicy(), Options.Create(TestMarket.Plain.Value)).Match(Market.Build());

    // A solver of its own: the built-in's allocation, reported without network figures and not claimed optimal.
    private sealed class Uncounted(IAllocationSolver inner) : IAllocationSolver
    {
        public AllocationResult Solve(AllocationProblem problem, CancellationToken cancellationToken = default) =>
            inner.Solve(problem, cancellationToken) with { Solver = "uncounted", Status = AllocationStatus.Feasible, Counters = [] };
    }
}
