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
    public static CompetitiveRents[] Rents(AllocationOutcome allocation, IAllocationSolver solver, MatchingOptions options, CancellationToken cancellationToken)
    {
        var network = allocation.Problem with { Objective = MatchObjective.TotalValue };
        var optimal = solver.Solve(network, cancellationToken);
        var face = DualFace.Compute(network, optimal, cancellationToken);
        var perStep = options.ValueResolution / allocation.VolumeResolution;
        var rents = new CompetitiveRents[network.Links.Count];
        for (var k = 0; k < rents.Length; k++)
        {
            var link = network.Links[k];
            rents[k] = new CompetitiveRents
            {
                PairValue = link.Value * perStep,
                SellerRent = face.SupplySolver[link.Supply] * perStep,
                SellerRentLow = face.SupplyLow[link.Supply] * perStep,
                SellerRentHigh = face.SupplyHigh[link.Supply] * perStep,
                BuyerRentLow = face.DemandLow[link.Demand] * perStep,
                BuyerRentHigh = face.DemandHigh[link.Demand] * perStep,
            };
        }

        return rents;
    }
}
