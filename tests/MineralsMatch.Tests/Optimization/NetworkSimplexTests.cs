using MineralsMatch.Optimization;
using MineralsMatch.Testing;
using NUnit.Framework;

namespace MineralsMatch.Tests.Optimization;

[TestFixture]
public sealed class NetworkSimplexTests
{
    private static (NetworkSimplex Flow, int[] Arcs) TwoByTwoTransport()
    {
        var flow = new NetworkSimplex();
        int[] arcs =
        [
            flow.AddArc(0, 2, 5, 3),
            flow.AddArc(0, 3, 5, 1),
            flow.AddArc(1, 2, 5, 2),
            flow.AddArc(1, 3, 5, 4),
        ];
        flow.SetSupply(0, 4);
        flow.SetSupply(1, 3);
        flow.SetSupply(2, -5);
        flow.SetSupply(3, -2);
        return (flow, arcs);
    }

    [Test]
    public void Two_by_two_transport_ships_along_the_cheapest_plan()
    {
        var (flow, arcs) = TwoByTwoTransport();

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)14));
            Assert.That(arcs.Select(flow.Flow), Is.EqualTo(new long[] { 2, 2, 3, 0 }));
            Assert.That(FlowCertificate.Check(flow), Is.Null);
            Assert.That(flow.NodeCount, Is.EqualTo(4));
            Assert.That(flow.ArcCount, Is.EqualTo(4));
        });
    }

    [Test]
    public void Potentials_price_a_unit_of_demand_by_its_marginal_cost()
    {
        var (flow, arcs) = TwoByTwoTransport();
        flow.Solve();

        // One more unit at smelter 2 comes from mine 0 at cost 3 instead of nothing; at
        // smelter 3 it also comes from mine 0, at cost 1: the potential gap is that difference.
        Assert.Multiple(() =>
        {
            Assert.That(flow.Potential(2) - flow.Potential(3), Is.EqualTo(2));
            Assert.That(flow.ReducedCost(arcs[0]), Is.Zero);
            Assert.That(flow.ReducedCost(arcs[3]), Is.GreaterThanOrEqualTo(0));
        });
    }

    [Test]
    public void Shortest_path_takes_the_cheapest_route()
    {
        var flow = new NetworkSimplex();
        int a01 = flow.AddArc(0, 1, 10, 1);
        int a13 = flow.AddArc(1, 3, 10, 1);
        int a02 = flow.AddArc(0, 2, 10, 1);
        int a23 = flow.AddArc(2, 3, 10, 5);
        int a03 = flow.AddArc(0, 3, 10, 4);
        flow.SetSupply(0, 1);
        flow.SetSupply(3, -1);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)2));
            Assert.That(new[] { a01, a13, a02, a23, a03 }.Select(flow.Flow), Is.EqualTo(new long[] { 1, 1, 0, 0, 0 }));
            Assert.That(flow.Potential(0) - flow.Potential(3), Is.EqualTo(-2), "distance as a potential difference");
        });
    }

    [Test]
    public void Supply_beyond_the_cut_capacity_is_infeasible_and_reads_throw()
    {
        var flow = new NetworkSimplex();
        int arc = flow.AddArc(0, 1, 3, 1);
        flow.SetSupply(0, 5);
        flow.SetSupply(1, -5);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Infeasible));
        Assert.Multiple(() =>
        {
            Assert.That(flow.Status, Is.EqualTo(NetworkSimplexStatus.Infeasible));
            Assert.That(() => flow.OptimalCost, Throws.InvalidOperationException.With.Message.Contains("Infeasible"));
            Assert.That(() => flow.Flow(arc), Throws.InvalidOperationException);
            Assert.That(() => flow.Potential(0), Throws.InvalidOperationException);
        });
    }

    [Test]
    public void Supplies_that_do_not_sum_to_zero_are_unbalanced()
    {
        var flow = new NetworkSimplex();
        flow.AddArc(0, 1, 10, 1);
        flow.SetSupply(0, 5);
        flow.SetSupply(1, -4);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Unbalanced));
    }

    [Test]
    public void Zero_capacity_arc_carries_nothing_however_cheap()
    {
        var flow = new NetworkSimplex();
        int closed = flow.AddArc(0, 1, 0, -100);
        int open = flow.AddArc(0, 1, 5, 10);
        flow.SetSupply(0, 3);
        flow.SetSupply(1, -3);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)30));
            Assert.That(flow.Flow(closed), Is.Zero);
            Assert.That(flow.Flow(open), Is.EqualTo(3));
        });
    }

    [Test]
    public void Negative_cost_cycle_is_saturated_up_to_its_bottleneck()
    {
        var flow = new NetworkSimplex();
        int forward = flow.AddArc(0, 1, 4, -5);
        int back = flow.AddArc(1, 0, 3, 1);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)(-12)));
            Assert.That(flow.Flow(forward), Is.EqualTo(3));
            Assert.That(flow.Flow(back), Is.EqualTo(3));
            Assert.That(FlowCertificate.Check(flow), Is.Null);
        });
    }

    [Test]
    public void Parallel_arcs_fill_cheapest_first()
    {
        var flow = new NetworkSimplex();
        int cheap = flow.AddArc(0, 1, 2, 1);
        int dear = flow.AddArc(0, 1, 2, 3);
        int middle = flow.AddArc(0, 1, 10, 2);
        flow.SetSupply(0, 5);
        flow.SetSupply(1, -5);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)8));
            Assert.That(new[] { cheap, dear, middle }.Select(flow.Flow), Is.EqualTo(new long[] { 2, 0, 3 }));
        });
    }

    [Test]
    public void Self_loops_are_saturated_when_negative_and_idle_otherwise()
    {
        var flow = new NetworkSimplex();
        int gain = flow.AddArc(0, 0, 7, -2);
        int loss = flow.AddArc(0, 0, 7, 3);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)(-14)));
            Assert.That(flow.Flow(gain), Is.EqualTo(7));
            Assert.That(flow.Flow(loss), Is.Zero);
        });
    }

    [Test]
    public void Empty_problem_is_optimal_at_zero_cost()
    {
        var flow = new NetworkSimplex();

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.That(flow.OptimalCost, Is.EqualTo(Int128.Zero));
    }

    [Test]
    public void Isolated_nodes_with_zero_supply_are_fine()
    {
        var flow = new NetworkSimplex();
        flow.SetSupply(9, 0);
        flow.AddArc(2, 3, 1, 1);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.That(flow.NodeCount, Is.EqualTo(10));
    }

    [Test]
    public void Negative_capacity_is_bad_input()
    {
        var flow = new NetworkSimplex();
        flow.AddArc(0, 1, -1, 1);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.BadInput));
    }

    [TestCase(long.MaxValue / 2)]
    [TestCase(long.MinValue)]
    [TestCase(long.MinValue + 1)]
    public void Costs_that_could_overflow_the_potentials_are_bad_input(long cost)
    {
        var flow = new NetworkSimplex();
        flow.AddArc(0, 1, 1, cost);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.BadInput));
    }

    [Test]
    public void Capacities_summing_past_long_max_are_bad_input()
    {
        var flow = new NetworkSimplex();
        flow.AddArc(0, 1, long.MaxValue / 2 + 1, 1);
        flow.AddArc(1, 0, long.MaxValue / 2 + 1, 1);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.BadInput));
    }

    [Test]
    public void Capacities_plus_positive_supplies_past_long_max_are_bad_input()
    {
        // The capacities alone fit; with the one unit of supply every flow could exceed long.MaxValue.
        var flow = new NetworkSimplex();
        flow.AddArc(0, 1, long.MaxValue, 1);
        flow.SetSupply(0, 1);
        flow.SetSupply(1, -1);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.BadInput));
    }

    [Test]
    public void Capacities_plus_positive_supplies_of_exactly_long_max_solve()
    {
        var flow = new NetworkSimplex();
        flow.AddArc(0, 1, long.MaxValue - 1, 1);
        flow.SetSupply(0, 1);
        flow.SetSupply(1, -1);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.Flow(0), Is.EqualTo(1));
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)1));
        });
    }

    [Test]
    public void Largest_accepted_cost_and_capacity_solve_exactly_in_int128()
    {
        var flow = new NetworkSimplex();
        long cost = (long.MaxValue - 4) / (4 * (3L + 2));
        long capacity = long.MaxValue / 4;
        flow.AddArc(0, 1, capacity, -cost);
        flow.AddArc(1, 2, capacity, cost);
        flow.AddArc(2, 0, capacity, -cost);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)capacity * -cost));
            Assert.That(FlowCertificate.Check(flow), Is.Null);
        });
    }

    [Test]
    public void Misuse_is_reported_as_argument_out_of_range()
    {
        var (flow, _) = TwoByTwoTransport();
        flow.Solve();

        Assert.Multiple(() =>
        {
            Assert.That(() => flow.AddArc(-1, 0, 1, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => flow.AddArc(0, -1, 1, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => flow.SetSupply(-1, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => flow.Flow(4), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => flow.Flow(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => flow.Potential(4), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => flow.SetArcCost(7, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new NetworkSimplex(-1, 0), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Reading_before_any_solve_or_after_a_change_throws()
    {
        var (flow, arcs) = TwoByTwoTransport();
        Assert.That(() => flow.Flow(arcs[0]), Throws.InvalidOperationException.With.Message.Contains("NotSolved"));

        flow.Solve();
        flow.SetArcCost(arcs[1], 10);

        Assert.Multiple(() =>
        {
            Assert.That(flow.Status, Is.EqualTo(NetworkSimplexStatus.NotSolved));
            Assert.That(() => flow.OptimalCost, Throws.InvalidOperationException);
        });
    }

    [Test]
    public void Changing_a_cost_or_capacity_and_resolving_gives_the_new_optimum()
    {
        var (flow, arcs) = TwoByTwoTransport();
        flow.Solve();
        flow.SetArcCapacity(arcs[1], 0);
        flow.SetArcCost(arcs[3], 0);

        Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        Assert.Multiple(() =>
        {
            // Smelter 3 now only gets mine 1 (free), mine 0 ships all 4 to smelter 2.
            Assert.That(flow.OptimalCost, Is.EqualTo((Int128)(4 * 3 + 1 * 2)));
            Assert.That(FlowCertificate.Check(flow), Is.Null);
        });
    }

    [TestCase(SolverSetup.Block)]
    [TestCase(SolverSetup.ListForced)]
    [TestCase(SolverSetup.CostScaling)]
    [TestCase(SolverSetup.CostScalingAugment)]
    [TestCase(SolverSetup.AutomaticSwitched)]
    [TestCase(SolverSetup.BlockRenumbered)]
    [TestCase(SolverSetup.AdaptiveEveryPivot)]
    public void Clear_and_rebuild_gives_the_same_answer_without_allocating(string setup)
    {
        NetworkSimplex flow = SolverSetup.Create(setup);
        RandomFlowProblem problem = Enumerable.Range(42, 100)
            .Select(seed => RandomFlowProblem.Create((ulong)seed))
            .First(candidate =>
            {
                flow.Clear();
                candidate.LoadInto(flow);
                return candidate.Arcs.Length > 50 && flow.Solve() == NetworkSimplexStatus.Optimal;
            });
        Int128 cost = flow.OptimalCost;
        long pivots = flow.PivotCount;
        long[] flows = Enumerable.Range(0, flow.ArcCount).Select(flow.Flow).ToArray();
        flow.Clear();
        problem.LoadInto(flow);
        flow.Solve();
        flow.Clear();

        long before = GC.GetAllocatedBytesForCurrentThread();
        problem.LoadInto(flow);
        NetworkSimplexStatus status = flow.Solve();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(allocated, Is.Zero, "bytes allocated by Clear + rebuild + Solve");
            Assert.That(status, Is.EqualTo(NetworkSimplexStatus.Optimal));
            Assert.That(flow.OptimalCost, Is.EqualTo(cost));
            Assert.That(flow.PivotCount, Is.EqualTo(pivots));
            Assert.That(Enumerable.Range(0, flow.ArcCount).Select(flow.Flow), Is.EqualTo(flows));
        });
    }

    [Test]
    public void Clear_forgets_nodes_arcs_and_supplies()
    {
        var (flow, _) = TwoByTwoTransport();
        flow.Solve();
        flow.Clear();
        flow.AddArc(0, 1, 1, 1);

        Assert.Multiple(() =>
        {
            Assert.That(flow.NodeCount, Is.EqualTo(2));
            Assert.That(flow.ArcCount, Is.EqualTo(1));
            Assert.That(flow.Supply(0), Is.Zero);
            Assert.That(flow.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        });
    }

    [Test]
    public void A_cancelled_token_stops_the_solve_and_leaves_it_unsolved()
    {
        var (flow, _) = TwoByTwoTransport();
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.That(() => flow.Solve(source.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(flow.Status, Is.EqualTo(NetworkSimplexStatus.NotSolved));
    }

    [Test]
    public void Cancellation_during_a_long_solve_is_honoured_between_pivots()
    {
        static NetworkSimplex Build()
        {
            var flow = new NetworkSimplex();
            var random = new SplitMix64(7);
            const int Offers = 600;
            const int Requirements = 600;
            for (int o = 0; o < Offers; o++)
            {
                for (int r = 0; r < Requirements; r++)
                {
                    flow.AddArc(o, Offers + r, random.Between(1, 50), -random.Between(0, 10_000));
                }

                flow.SetSupply(o, 100);
            }

            for (int r = 0; r < Requirements; r++)
            {
                flow.SetSupply(Offers + r, -100);
            }

            return flow;
        }

        var counted = Build();
        // Solve once to count the pivots, then cancel from another thread once the solver reports
        // progress (it publishes its pivot count at every cancellation check), independent of timing.
        Assert.That(counted.Solve(), Is.EqualTo(NetworkSimplexStatus.Optimal));
        long fullPivots = counted.PivotCount;
        Assert.That(fullPivots, Is.GreaterThan(4 * 1024), "the instance must be long enough to cancel inside");
        var flow = Build();
        using var source = new CancellationTokenSource();
        var watcher = Task.Run(() =>
        {
            while (flow.PivotCount < 1024)
            {
                Thread.Yield();
            }

            source.Cancel();
        });

        Assert.That(() => flow.Solve(source.Token), Throws.InstanceOf<OperationCanceledException>());
        watcher.Wait();
        TestContext.Out.WriteLine($"full solve {fullPivots} pivots; cancelled after {flow.PivotCount} pivots");
        Assert.That(flow.Status, Is.EqualTo(NetworkSimplexStatus.NotSolved));
        Assert.That(flow.PivotCount, Is.LessThan(fullPivots));
        Assert.That(flow.PivotCount, Is.GreaterThan(0), "cancelled inside the pivot loop, not before it");
    }

    [TestCase(SolverSetup.Block)]
    [TestCase(SolverSetup.ListForced)]
    [TestCase(SolverSetup.CostScaling)]
    [TestCase(SolverSetup.CostScalingAugment)]
    [TestCase(SolverSetup.AutomaticSwitched)]
    [TestCase(SolverSetup.BlockRenumbered)]
    public void Same_input_gives_the_same_flows_and_pivot_count(string setup)
    {
        var problem = RandomFlowProblem.Create(seed: 1234);
        NetworkSimplex first = SolverSetup.Create(setup);
        NetworkSimplex second = SolverSetup.Create(setup);
        problem.LoadInto(first);
        problem.LoadInto(second);
        first.Solve();
        second.Solve();

        Assert.That(second.PivotCount, Is.EqualTo(first.PivotCount));
        if (first.Status == NetworkSimplexStatus.Optimal)
        {
            Assert.That(
                Enumerable.Range(0, second.ArcCount).Select(second.Flow),
                Is.EqualTo(Enumerable.Range(0, first.ArcCount).Select(first.Flow)));
        }
    }
}
