using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;

namespace MineralsMatch.Tests.Matching;

/// <summary>
/// The allocation network on hand-sized problems whose shadow values, cap nodes and binding caps are worked out
/// by hand (written for the surviving mutants of docs/testing.md, "Mutation testing").
/// </summary>
public sealed class NetworkSimplexAllocationSolverTests
{
    private static readonly NetworkSimplexAllocationSolver Solver = new();

    // o0 (10 t) can serve r0 (8 t) at 5 per step or r1 (10 t) at 3; o1 (5 t) reaches r1 at 4 but its link takes only 3 t.
    // Value optimum: o0 fills r0 and sends its last 2 t to r1; o1 sells 3 t and keeps 2 t.
    private static AllocationProblem TwoOffersTwoRequirements(int firstPriority = 1, int secondPriority = 1) => new()
    {
        Supplies = [new AllocationSupply("o0", 10, "s0", "c0"), new AllocationSupply("o1", 5, "s1", "c1")],
        Demands = [new AllocationDemand("r0", 8, firstPriority, null, null), new AllocationDemand("r1", 10, secondPriority, null, null)],
        Links = [new AllocationLink(0, 0, 10, 5), new AllocationLink(0, 1, 10, 3), new AllocationLink(1, 1, 3, 4)],
    };

    [Test]
    public void Shadow_values_price_one_more_unit_of_an_offer_or_a_requirement_by_the_value_it_adds()
    {
        var result = Solver.Solve(TwoOffersTwoRequirements());

        Assert.Multiple(() =>
        {
            Assert.That(result.Flows, Is.EqualTo(new long[] { 8, 2, 3 }));
            Assert.That(result.Objective, Is.EqualTo((Int128)58));
            // One more unit of o0 goes to r1 (3); o1's link is full, so its extra unit stays unsold (0).
            Assert.That(result.SupplyShadowValues, Is.EqualTo(new long[] { 3, 0 }));
            // One more unit wanted by r0 moves a unit of o0 away from r1 (5 − 3); r1 is short anyway (0).
            Assert.That(result.DemandShadowValues, Is.EqualTo(new long[] { 2, 0 }));
        });
    }

    [Test]
    public void Coverage_first_shadow_values_keep_only_the_value_part_of_the_priority_weighted_potentials()
    {
        var result = Solver.Solve(TwoOffersTwoRequirements(firstPriority: 1, secondPriority: 2) with { Objective = MatchObjective.CoverageFirst });

        Assert.Multiple(() =>
        {
            // r1 has the higher priority: o0 now tops it up (7 t) and r0 gets only the rest (3 t).
            Assert.That(result.Flows, Is.EqualTo(new long[] { 3, 7, 3 }));
            Assert.That(result.Objective, Is.EqualTo((Int128)(3 * 5 + 7 * 3 + 3 * 4)));
            // One more unit of o0 goes to the short r0 at 5; the priority part of its weight is removed.
            Assert.That(result.SupplyShadowValues, Is.EqualTo(new long[] { 5, 0 }));
            // One more unit wanted by r1 takes a unit of o0 from r0: value 3 − 5 = −2 (the priority gain is dropped).
            Assert.That(result.DemandShadowValues, Is.EqualTo(new long[] { 0, -2 }));
        });
    }

    [Test]
    public void A_supplier_node_is_added_only_where_several_links_of_one_supplier_can_exceed_the_cap()
    {
        // r0 takes at most 5 t from any supplier. s0's two offers could bring 8 t: they meet in a supplier node.
        // s1's single offer is clipped on its own link; s2's two offers bring only 4 t: neither needs a node.
        var problem = new AllocationProblem
        {
            Supplies =
            [
                new AllocationSupply("a", 4, "s0", "c0"), new AllocationSupply("b", 4, "s0", "c0"),
                new AllocationSupply("c", 10, "s1", "c1"),
                new AllocationSupply("d", 2, "s2", "c2"), new AllocationSupply("e", 2, "s2", "c2"),
            ],
            Demands = [new AllocationDemand("r0", 20, 1, SupplierCap: 5, CountryCap: null)],
            Links = [new AllocationLink(0, 0, 4, 7), new AllocationLink(1, 0, 4, 6), new AllocationLink(2, 0, 10, 1), new AllocationLink(3, 0, 2, 1), new AllocationLink(4, 0, 2, 1)],
        };

        var result = Solver.Solve(problem);

        Assert.Multiple(() =>
        {
            Assert.That(result.Counter(NetworkSimplexAllocationSolver.NodesCounter), Is.EqualTo(2 + 5 + 1 + 1), "slack and sink, 5 offers, 1 requirement, 1 supplier node");
            Assert.That(result.Counter(NetworkSimplexAllocationSolver.CountryNodesCounter), Is.Zero);
            Assert.That(result.Counter(NetworkSimplexAllocationSolver.ArcsCounter), Is.EqualTo(5 + 1 + 5 + 1 + 1), "links, the cap arc, unsold arcs, the unmet arc, slack to sink");
            Assert.That(result.Flows, Is.EqualTo(new long[] { 4, 1, 5, 2, 2 }), "s0 at its cap, its better offer first; s1 clipped at the cap");
            Assert.That(result.BindingCaps, Is.EqualTo(new[] { new BindingCap(0, CapKind.Supplier, "s0") }));
        });
    }

    [Test]
    public void A_country_node_gathers_the_supplier_nodes_and_links_of_one_country_and_binds_at_the_country_cap()
    {
        // r0 takes at most 5 t per supplier and 7 t per country. In c0, supplier s0 (two offers, 8 t) needs a supplier
        // node and, with s1's 6 t, the country could bring 11 t: a country node above both. c1 brings only 3 t.
        var problem = new AllocationProblem
        {
            Supplies =
            [
                new AllocationSupply("a", 4, "s0", "c0"), new AllocationSupply("b", 4, "s0", "c0"),
                new AllocationSupply("c", 6, "s1", "c0"),
                new AllocationSupply("d", 3, "s2", "c1"),
            ],
            Demands = [new AllocationDemand("r0", 30, 1, SupplierCap: 5, CountryCap: 7)],
            Links = [new AllocationLink(0, 0, 4, 9), new AllocationLink(1, 0, 4, 8), new AllocationLink(2, 0, 6, 2), new AllocationLink(3, 0, 3, 1)],
        };

        var result = Solver.Solve(problem);

        Assert.Multiple(() =>
        {
            Assert.That(result.Counter(NetworkSimplexAllocationSolver.NodesCounter), Is.EqualTo(2 + 4 + 1 + 1 + 1), "slack and sink, 4 offers, 1 requirement, 1 supplier node, 1 country node");
            Assert.That(result.Counter(NetworkSimplexAllocationSolver.CountryNodesCounter), Is.EqualTo(1));
            Assert.That(result.Flows, Is.EqualTo(new long[] { 4, 1, 2, 3 }), "s0 at its cap of 5, s1 fills c0 up to 7, c1 adds its 3");
            Assert.That(result.Objective, Is.EqualTo((Int128)(4 * 9 + 1 * 8 + 2 * 2 + 3 * 1)));
            Assert.That(result.BindingCaps, Is.EquivalentTo(new[] { new BindingCap(0, CapKind.Supplier, "s0"), new BindingCap(0, CapKind.Country, "c0") }));
        });
    }

    [Test]
    public void A_cap_of_zero_blocks_every_link_and_is_not_reported_as_binding()
    {
        var problem = new AllocationProblem
        {
            Supplies = [new AllocationSupply("a", 4, "s0", "c0"), new AllocationSupply("b", 4, "s0", "c0")],
            Demands = [new AllocationDemand("r0", 6, 1, SupplierCap: 0, CountryCap: null)],
            Links = [new AllocationLink(0, 0, 4, 9), new AllocationLink(1, 0, 4, 8)],
        };

        var result = Solver.Solve(problem);

        Assert.Multiple(() =>
        {
            Assert.That(result.Flows, Is.EqualTo(new long[] { 0, 0 }));
            Assert.That(result.BindingCaps, Is.Empty);
            Assert.That(result.Objective, Is.EqualTo(Int128.Zero));
        });
    }

    [Test]
    public void A_supplier_with_offers_in_two_countries_is_rejected_because_its_caps_would_not_nest()
    {
        var problem = new AllocationProblem
        {
            Supplies = [new AllocationSupply("a", 4, "s0", "c0"), new AllocationSupply("b", 4, "s0", "c1")],
            Demands = [new AllocationDemand("r0", 6, 1, null, null)],
            Links = [new AllocationLink(0, 0, 4, 9), new AllocationLink(1, 0, 4, 8)],
        };

        Assert.That(() => Solver.Solve(problem), Throws.ArgumentException.With.Message.StartsWith("Supplier 's0' appears in more than one country"));
    }

    [Test]
    public void A_single_link_above_the_country_cap_is_held_to_it_and_the_cap_is_reported_as_binding()
    {
        // One offer of 10 t reaches r0, which takes at most 4 t from one country: the country node holds it to 4 t
        // (the link is also clipped at the cap, which is why removing that clip leaves the result unchanged).
        var problem = new AllocationProblem
        {
            Supplies = [new AllocationSupply("a", 10, "s0", "c0")],
            Demands = [new AllocationDemand("r0", 10, 1, SupplierCap: null, CountryCap: 4)],
            Links = [new AllocationLink(0, 0, 10, 3)],
        };

        var result = Solver.Solve(problem);

        Assert.Multiple(() =>
        {
            Assert.That(result.Counter(NetworkSimplexAllocationSolver.CountryNodesCounter), Is.EqualTo(1));
            Assert.That(result.Flows, Is.EqualTo(new long[] { 4 }));
            Assert.That(result.Objective, Is.EqualTo((Int128)12));
            Assert.That(result.BindingCaps, Is.EqualTo(new[] { new BindingCap(0, CapKind.Country, "c0") }));
        });
    }

    [Test]
    public void Supplier_nodes_are_numbered_in_ordinal_order_of_the_supplier_whatever_the_order_of_the_links()
    {
        // Two suppliers whose two offers each can exceed r0's supplier cap; "s1"'s links come first in the input.
        var problem = new AllocationProblem
        {
            Supplies =
            [
                new AllocationSupply("c", 4, "s1", "k"), new AllocationSupply("d", 4, "s1", "k"),
                new AllocationSupply("a", 4, "s0", "k"), new AllocationSupply("b", 4, "s0", "k"),
            ],
            Demands = [new AllocationDemand("r0", 20, 1, SupplierCap: 5, CountryCap: null)],
            Links = [new AllocationLink(0, 0, 4, 1), new AllocationLink(1, 0, 4, 1), new AllocationLink(2, 0, 4, 1), new AllocationLink(3, 0, 4, 1)],
        };

        var layout = NetworkLayout.Build(problem);

        Assert.Multiple(() =>
        {
            Assert.That(layout.CapArcs.Select(a => a.Key), Is.EqualTo(new[] { "s0", "s1" }));
            Assert.That(layout.LinkHeads[2], Is.LessThan(layout.LinkHeads[0]), "s0's node comes before s1's");
            Assert.That(layout.LinkHeads[3], Is.EqualTo(layout.LinkHeads[2]));
            Assert.That(layout.LinkHeads[1], Is.EqualTo(layout.LinkHeads[0]));
        });
    }

    [Test]
    public void Coverage_first_with_every_value_zero_still_serves_the_higher_priority()
    {
        // The priority weight is 2·nodes·max|value| + 1: with all values zero it must still be positive.
        var problem = new AllocationProblem
        {
            Objective = MatchObjective.CoverageFirst,
            Supplies = [new AllocationSupply("a", 5, "s0", "c0")],
            Demands = [new AllocationDemand("r0", 5, 1, null, null), new AllocationDemand("r1", 5, 3, null, null)],
            Links = [new AllocationLink(0, 0, 5, 0), new AllocationLink(0, 1, 5, 0)],
        };

        var result = Solver.Solve(problem);

        Assert.That(result.Flows, Is.EqualTo(new long[] { 0, 5 }));
    }

    [Test]
    public void Coverage_first_weights_beyond_64_bits_are_an_invalid_operation_that_says_what_to_coarsen()
    {
        // 2 · 5 nodes · 2⁶⁰ does not fit in 64 bits; the solver must say so, not wrap around.
        const long huge = 1L << 60;
        var problem = new AllocationProblem
        {
            Objective = MatchObjective.CoverageFirst,
            Supplies = [new AllocationSupply("a", 5, "s0", "c0")],
            Demands = [new AllocationDemand("r0", 5, 1, null, null), new AllocationDemand("r1", 5, 1, null, null)],
            Links = [new AllocationLink(0, 0, 5, huge), new AllocationLink(0, 1, 5, 1)],
        };

        Assert.That(
            () => Solver.Solve(problem),
            Throws.InvalidOperationException.With.Message.Contains("too large for exact 64-bit arithmetic").And.Message.Contains("volumeResolution or valueResolution")
                .And.InnerException.TypeOf<OverflowException>());
    }
}
