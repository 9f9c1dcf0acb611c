namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Counts the blocking pairs of a one-year allocation by brute force: a contract whose seller and buyer would both gain from
/// more of it, and could have more by using what is unsold, unmet or unused of caps and routes plus what each side would
/// itself give up from contracts it ranks strictly lower — at least the contract's minimum when it has nothing yet.
/// </summary>
internal static class StabilityCheck
{
    public static int BlockingPairs(PlanningProblem problem, IReadOnlyList<long> volumes, StablePayoffs payoffs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(volumes);
        var room = StableRoom.Of(problem);
        for (var c = 0; c < volumes.Count; c++)
        {
            if (volumes[c] > 0)
            {
                room.Take(c, volumes[c]);
            }
        }

        var blocking = 0;
        for (var k = 0; k < problem.Contracts.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Blocks(problem, volumes, payoffs, room, k))
            {
                blocking++;
            }
        }

        return blocking;
    }

    private static bool Blocks(PlanningProblem problem, IReadOnlyList<long> volumes, StablePayoffs payoffs, StableRoom room, int k)
    {
        var contract = problem.Contracts[k];
        if (payoffs.Seller[k] <= 0m || payoffs.Buyer[k] <= 0m || volumes[k] >= contract.MaxAnnual)
        {
            return false;
        }

        var supplier = problem.Supplies[contract.Supply].Supplier;
        var country = problem.Supplies[contract.Supply].Country;
        long sellerGives = 0, buyerGives = 0, supplierGives = 0, countryGives = 0;
        for (var l = 0; l < problem.Contracts.Count; l++)
        {
            var other = problem.Contracts[l];
            if (l == k || volumes[l] == 0)
            {
                continue;
            }

            if (other.Supply == contract.Supply && payoffs.Seller[l] < payoffs.Seller[k])
            {
                sellerGives += volumes[l];
            }

            if (other.Demand == contract.Demand && payoffs.Buyer[l] < payoffs.Buyer[k])
            {
                buyerGives += volumes[l];
                var from = problem.Supplies[other.Supply];
                supplierGives += from.Supplier == supplier ? volumes[l] : 0;
                countryGives += from.Country == country ? volumes[l] : 0;
            }
        }

        var (offer, demand, supplierCap, countryCap, route) = room.Left(k);
        var more = new[] { offer + sellerGives, demand + buyerGives, supplierCap + supplierGives, countryCap + countryGives, route, contract.MaxAnnual - volumes[k] }.Min();
        return more > 0 && volumes[k] + more >= contract.MinAnnual;
    }
}
