namespace MineralsMatch.Matching.Planning;

/// <summary>
/// What each side earns per unit on each contract of a one-year planning problem when the pair splits its surplus: the seller
/// <c>share × M</c>, the buyer <c>(1 − share) × M</c>, with <c>M</c> = bid − ask − logistics (unrounded). Both rise with
/// <c>M</c>, so both sides rank their contracts by <see cref="Key"/>.
/// </summary>
/// <param name="Seller">Per contract, the seller's gain per unit over not selling it.</param>
/// <param name="Buyer">Per contract, the buyer's gain per unit over not buying it.</param>
/// <param name="Key">Per contract, the pair's money surplus per unit <c>M</c>.</param>
internal sealed record StablePayoffs(decimal[] Seller, decimal[] Buyer, decimal[] Key)
{
    public static StablePayoffs Of(PlanningProblem problem, IReadOnlyList<Scoring.ScoredCandidate> links, decimal share)
    {
        var key = problem.Contracts.Select(c => links[c.Link].Pair).Select(p => p.BidPerUnit - p.LandedCostPerUnit).ToArray();
        return new StablePayoffs([.. key.Select(m => share * m)], [.. key.Select(m => (1m - share) * m)], key);
    }
}
