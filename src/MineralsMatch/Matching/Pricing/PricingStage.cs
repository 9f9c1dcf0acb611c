using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Terms;

namespace MineralsMatch.Matching.Pricing;

/// <summary>
/// Reads the competitive rents of every link from the dual of the representative-year allocation network (the network
/// explanations read): the network is solved for total value and <see cref="DualFace"/> gives every optimal dual.
/// </summary>
/// <remarks>
/// For a one-year plan that network's optimum is the plan itself; for multi-year and coverage-first plans the rents are those of
/// the value-maximising allocation of the representative year, so every contract of one offer still gets one price
/// (docs/pricing.md).
/// </remarks>
internal static class PricingStage
{
    /// <summary>The rents of every link and the reservation prices of every requirement and offer, from one solve of the network.</summary>
    public static PricingOutcome Run(AllocationOutcome allocation, IAllocationSolver solver, MatchingOptions options, CancellationToken cancellationToken)
    {
        var network = allocation.Problem with { Objective = MatchObjective.TotalValue };
        var optimal = solver.Solve(network, cancellationToken);
        var (requirements, offers) = ReservationPricing.Compute(allocation, network, optimal, options, cancellationToken);
        return new PricingOutcome(Rents(allocation, network, optimal, options, cancellationToken), requirements, offers);
    }

    private static CompetitiveRents[] Rents(AllocationOutcome allocation, AllocationProblem network, AllocationResult optimal, MatchingOptions options, CancellationToken cancellationToken)
    {
        var face = DualFace.Compute(network, optimal, cancellationToken);
        var perStep = options.ValueResolution / allocation.VolumeResolution;
        var rents = new CompetitiveRents[network.Links.Count];
        var bySupply = Enumerable.Range(0, network.Links.Count).ToLookup(k => network.Links[k].Supply);
        var byDemand = Enumerable.Range(0, network.Links.Count).ToLookup(k => network.Links[k].Demand);
        for (var k = 0; k < rents.Length; k++)
        {
            var link = network.Links[k];
            // The seller's other buyers, each keeping its largest core value; the buyer's other offers, each at its highest core price.
            var use = bySupply[link.Supply].Where(l => network.Links[l].Demand != link.Demand).Select(l => network.Links[l].Value - face.DemandHigh[network.Links[l].Demand]).Append(0L).Max();
            var alternative = byDemand[link.Demand].Where(l => network.Links[l].Supply != link.Supply).Select(l => network.Links[l].Value - face.SupplyHigh[network.Links[l].Supply]).Append(0L).Max();
            rents[k] = new CompetitiveRents
            {
                PairValue = link.Value * perStep,
                SellerRent = face.SupplySolver[link.Supply] * perStep,
                SellerRentLow = face.SupplyLow[link.Supply] * perStep,
                SellerRentHigh = face.SupplyHigh[link.Supply] * perStep,
                BuyerRentLow = face.DemandLow[link.Demand] * perStep,
                BuyerRentHigh = face.DemandHigh[link.Demand] * perStep,
                SellerNextBestUse = Math.Min(use, face.SupplyLow[link.Supply]) * perStep,
                BuyerNextBestAlternative = Math.Min(alternative, link.Value - face.SupplyHigh[link.Supply]) * perStep,
            };
        }

        return rents;
    }
}
