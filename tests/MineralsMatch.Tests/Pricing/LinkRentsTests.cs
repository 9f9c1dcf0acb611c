using MineralsMatch.Matching;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Pricing;

namespace MineralsMatch.Tests.Pricing;

/// <summary>
/// The rents read per link in constant time against the direct reading that scans each link's offer and requirement (links ×
/// degree): on seeded random networks (one link per offer and requirement, as the engine builds them), every figure is equal.
/// </summary>
public sealed class LinkRentsTests
{
    private static IEnumerable<int> Seeds => Enumerable.Range(1, 200);

    [TestCaseSource(nameof(Seeds))]
    public void Every_link_gets_the_rents_of_the_direct_scan(int seed)
    {
        var random = new Random(seed);
        var offers = random.Next(1, 7);
        var requirements = random.Next(1, 7);
        var links = new List<AllocationLink>();
        for (var n = random.Next(1, 30); n > 0; n--)
        {
            links.Add(new AllocationLink(random.Next(offers), random.Next(requirements), random.Next(1, 50), random.Next(1, 100)));
        }

        var problem = new AllocationProblem
        {
            Supplies = [.. Enumerable.Range(0, offers).Select(i => new AllocationSupply($"o{i}", random.Next(0, 80), $"s{i % 4}", i % 2 == 0 ? "KZ" : "CN"))],
            Demands = [.. Enumerable.Range(0, requirements).Select(j => new AllocationDemand($"r{j}", random.Next(0, 80), 1 + (j % 3), random.Next(3) == 0 ? 30 : null, null))],
            Links = [.. links.DistinctBy(l => (l.Supply, l.Demand))],
            Objective = MatchObjective.TotalValue,
        };
        var optimal = new NetworkSimplexAllocationSolver().Solve(problem);
        var face = DualFace.Compute(problem, optimal, CancellationToken.None);
        const decimal perStep = 0.25m;
        var rents = new LinkRents(problem, face, perStep);
        links = [.. problem.Links];

        for (var k = 0; k < links.Count; k++)
        {
            var link = links[k];
            var use = links.Where(l => l.Supply == link.Supply && l.Demand != link.Demand).Select(l => l.Value - face.DemandHigh[l.Demand]).Append(0L).Max();
            var alternative = links.Where(l => l.Demand == link.Demand && l.Supply != link.Supply).Select(l => l.Value - face.SupplyHigh[l.Supply]).Append(0L).Max();
            var got = rents.For(k);
            Assert.Multiple(() =>
            {
                Assert.That(got.SellerNextBestUse, Is.EqualTo(Math.Min(use, face.SupplyLow[link.Supply]) * perStep), $"seed {seed} link {k}: next best use");
                Assert.That(got.BuyerNextBestAlternative, Is.EqualTo(Math.Min(alternative, link.Value - face.SupplyHigh[link.Supply]) * perStep), $"seed {seed} link {k}: next best alternative");
                Assert.That(got.PairValue, Is.EqualTo(link.Value * perStep), $"seed {seed} link {k}: pair value");
                Assert.That(got.SellerRentHigh, Is.EqualTo(face.SupplyHigh[link.Supply] * perStep), $"seed {seed} link {k}: seller high");
                Assert.That(got.BuyerRentLow, Is.EqualTo(face.DemandLow[link.Demand] * perStep), $"seed {seed} link {k}: buyer low");
            });
        }
    }
}
