using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Allocation;

/// <summary>
/// Stage 3: turns scored candidates into the integer allocation problem, solves it, and repairs contracts
/// below a side's minimum annual volume by dropping those links and solving again.
/// </summary>
/// <remarks>
/// Minimum volumes make the problem a mixed-integer one; the repair keeps the network exact for the links
/// that remain, which is optimal whenever no link is dropped (the common case) and a good feasible plan otherwise.
/// </remarks>
internal sealed class AllocationStage(IAllocationSolver solver)
{
    private const int MaxRepairRounds = 25;

    public AllocationOutcome Allocate(MatchingContext context, IReadOnlyList<ScoredCandidate> candidates, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var scale = Scale.Of(options);
        var offerIndex = context.Offers.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var requirementIndex = context.Requirements.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var supplies = context.Offers.Select(o =>
        {
            var party = context.Parties[o.Producer];
            return new AllocationSupply(o.Id, scale.Steps(o.AnnualVolume.ConvertTo(context.Product(o.Product).PricingUnit).Amount), party.Id, party.Country);
        }).ToList();
        var demands = context.Requirements.Select(r =>
        {
            var target = scale.Steps(r.AnnualVolume.ConvertTo(context.Product(r.Product).PricingUnit).Amount);
            long? supplierCap = r.MaxShareFromSupplier is { } s ? (long)decimal.Floor(target * s) : null;
            long? countryCap = r.MaxShareFromCountry is { } c ? (long)decimal.Floor(target * c) : null;
            return new AllocationDemand(r.Id, target, r.Priority, supplierCap, countryCap);
        }).ToList();

        var active = candidates.ToList();
        var minimumSteps = active.Select(c => scale.MinimumSteps(c.Pair)).ToList();
        var dropped = new List<(ScoredCandidate Candidate, long Steps)>();
        for (var round = 0; ; round++)
        {
            var links = active.Select(c => new AllocationLink(
                offerIndex[c.Pair.Offer.Id],
                requirementIndex[c.Pair.Requirement.Id],
                scale.Steps(c.Pair.MaxAnnualVolume.Amount),
                scale.ValuePerStep(c.ValuePerUnit))).ToList();
            var problem = new AllocationProblem { Supplies = supplies, Demands = demands, Links = links, Objective = options.Objective };
            var result = solver.Solve(problem, cancellationToken);

            var tooSmall = Enumerable.Range(0, active.Count)
                .Where(k => result.Flows[k] > 0 && result.Flows[k] < minimumSteps[k])
                .ToList();
            if (tooSmall.Count == 0 || round == MaxRepairRounds)
            {
                return new AllocationOutcome(problem, result, active, dropped, options.VolumeResolution);
            }

            dropped.AddRange(tooSmall.Select(k => (active[k], result.Flows[k])));
            var drop = tooSmall.ToHashSet();
            active = [.. active.Where((_, k) => !drop.Contains(k))];
            minimumSteps = [.. minimumSteps.Where((_, k) => !drop.Contains(k))];
        }
    }

    // The two factors are worked out once per run: per candidate, a decimal multiplication is several times
    // cheaper than a division. With power-of-ten resolutions (the defaults) both are exact.
    private sealed record Scale(decimal StepsPerUnit, decimal ValuePerUsdStep)
    {
        public static Scale Of(MatchingOptions options) =>
            new(1m / options.VolumeResolution, options.VolumeResolution / options.ValueResolution);

        public long Steps(decimal amount) => (long)decimal.Floor(amount * StepsPerUnit);

        public long MinimumSteps(CandidatePair pair) => (long)decimal.Ceiling(pair.MinAnnualVolume.Amount * StepsPerUnit);

        public long ValuePerStep(decimal valuePerUnit) => (long)decimal.Round(valuePerUnit * ValuePerUsdStep, MidpointRounding.ToEven);
    }
}
