namespace MineralsMatch.Matching.Planning;

/// <summary>
/// A stable allocation of a one-year planning problem for divisible volumes: contracts in falling order of the pair surplus
/// (ties by index), each taking all that is left of its offer, requirement, share caps, route and own limit, or nothing when
/// that is below its minimum.
/// </summary>
/// <remarks>
/// Exact when both sides rank contracts by one key (true of the pair split, <see cref="StablePayoffs"/>): when contract k was
/// reached, everything its offer, requirement, caps or route had given away went to contracts both sides rank at least as high,
/// and later contracts only take more. So whatever stopped k (its own limit, or a resource at zero, or a remainder below k's
/// minimum) still stops it against everything either side would give up for it: no pair blocks (docs/pricing.md).
/// </remarks>
internal static class StableAllocation
{
    public static long[] Plan(PlanningProblem problem, StablePayoffs payoffs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var room = StableRoom.Of(problem);
        var volumes = new long[problem.Contracts.Count];
        var order = Enumerable.Range(0, problem.Contracts.Count).OrderByDescending(c => payoffs.Key[c]).ThenBy(c => c).ToList();
        foreach (var c in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (payoffs.Seller[c] <= 0m && payoffs.Buyer[c] <= 0m)
            {
                continue;
            }

            var amount = room.Free(c);
            if (amount <= 0 || amount < problem.Contracts[c].MinAnnual)
            {
                continue;
            }

            volumes[c] = amount;
            room.Take(c, amount);
        }

        return volumes;
    }
}
