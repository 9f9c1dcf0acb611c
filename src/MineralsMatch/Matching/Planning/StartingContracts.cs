using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>The approximate planner's yearly candidates: which contracts start in each year of the horizon, and which of them go into that year's network.</summary>
internal static class StartingContracts
{
    /// <summary>
    /// Per link, the alternative starting this year to put in the network: the one with the most lifetime weight at the volume
    /// that still fits (the longest tenor, unless only a shorter one fits its minimum); in contract order, each one's network
    /// capacity written to <paramref name="capacity"/>. Without a <paramref name="choice"/> (one contract per link) every
    /// contract that fits is chosen.
    /// </summary>
    /// <remarks><paramref name="starting"/> is <see langword="null"/> when every contract starts this year (see <see cref="ByStart"/>).</remarks>
    public static IReadOnlyList<int> Choose(ContractTable contracts, PlanState state, int year, ArraySegment<int>? starting, bool[] signedLink, decimal[]? lifetime, LinkChoice? choice, NetworkCapacities capacity)
    {
        var count = starting?.Count ?? contracts.Count;
        // Without a choice between contracts of one link, every contract in order as a rule: no list of them is made until one
        // is left out (then the ones before it are copied in).
        List<int>? only = null;
        var inOrder = 0;
        for (var at = 0; at < count; at++)
        {
            var c = starting is { } some ? some[at] : at;
            var link = contracts.Link(c);
            if (signedLink[link])
            {
                continue;
            }

            var fit = state.Fit(c);
            if (fit <= 0 || fit < contracts.MinAnnual(c))
            {
                continue;
            }

            if (choice is null)
            {
                if (only is null && c == inOrder)
                {
                    inOrder++;
                }
                else
                {
                    if (only is null)
                    {
                        only = new List<int>(count);
                        only.AddRange(Enumerable.Range(0, inOrder));
                    }

                    only.Add(c);
                }

                capacity.Set(c, state.NetworkCapacity(c, year));
                continue;
            }

            var score = lifetime is null ? fit : fit * lifetime[c];
            if (choice.IsBetter(link, score))
            {
                choice.Set(link, c, state.NetworkCapacity(c, year), score);
            }
        }

        return choice is not null ? choice.TakeByContract(capacity)
            : only is not null ? only
            : new Collections.IndexRange(inOrder);
    }

    /// <summary>
    /// Per year index of the horizon, the contracts starting that year in contract order (a counting sort); a one-year plan
    /// whose contracts all start in its year gets <see langword="null"/> for it (every contract, in order: no arrays over them).
    /// </summary>
    public static ArraySegment<int>?[] ByStart(PlanningProblem problem)
    {
        var contracts = problem.Table;
        if (problem.Years == 1 && AllStartIn(contracts, problem.FirstYear))
        {
            return [null];
        }

        var start = new int[contracts.Count];
        var inHorizon = 0;
        for (var c = 0; c < contracts.Count; c++)
        {
            start[c] = contracts.StartYear(c) - problem.FirstYear;
            inHorizon += start[c] >= 0 && start[c] < problem.Years ? 1 : 0;
        }

        // Every contract in the horizon (a one-year plan's case) needs no list of them: the grouping takes them in index order.
        int[]? order = null;
        if (inHorizon < contracts.Count)
        {
            order = new int[inHorizon];
            for (int c = 0, k = 0; c < contracts.Count; c++)
            {
                if (start[c] >= 0 && start[c] < problem.Years)
                {
                    order[k++] = c;
                }
            }
        }

        var byYear = new GroupedIndices(problem.Years, start, order);
        return [.. Enumerable.Range(0, problem.Years).Select(t => (ArraySegment<int>?)byYear[t])];
    }

    private static bool AllStartIn(ContractTable contracts, int year)
    {
        for (var c = 0; c < contracts.Count; c++)
        {
            if (contracts.StartYear(c) != year)
            {
                return false;
            }
        }

        return true;
    }
}
