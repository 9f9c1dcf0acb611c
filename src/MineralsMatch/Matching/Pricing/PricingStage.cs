using MineralsMatch.Matching.Allocation;

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
    /// <summary>
    /// The rents of every link and the reservation prices of every requirement and offer, from one optimal flow; with
    /// <paramref name="degree"/> above 1 the dual face is worked out on a second thread beside the reservation prices (the two
    /// read the same network and flow and share nothing else, so the outcome is the same).
    /// </summary>
    public static PricingOutcome Run(AllocationOutcome allocation, IAllocationSolver solver, MatchingOptions options, int degree, CancellationToken cancellationToken)
    {
        // The same problem object when it already maximises value, so that the network layout built for it is shared.
        var network = allocation.Problem.Objective == MatchObjective.TotalValue ? allocation.Problem : allocation.Problem with { Objective = MatchObjective.TotalValue };
        // The network the planning stage solved for total value need not be solved again.
        var optimal = allocation.Problem.Objective == MatchObjective.TotalValue && allocation.Solved is { } solved
            ? solved
            : solver.Solve(network, cancellationToken);
        var ((requirements, offers), face) = Parallelism.SideBySide.Run(
            degree,
            () => ReservationPricing.Compute(allocation, network, optimal, options, cancellationToken),
            () => DualFace.Compute(network, optimal, cancellationToken));
        return new PricingOutcome(new LinkRents(network, face, options.ValueResolution / allocation.VolumeResolution), requirements, offers);
    }
}
