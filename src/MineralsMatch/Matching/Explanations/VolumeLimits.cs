namespace MineralsMatch.Matching.Explanations;

/// <summary>Says, for each link with volume, what stops it from carrying more.</summary>
internal static class VolumeLimits
{
    public static string For(AllocationFacts facts, int k)
    {
        var outcome = facts.Outcome;
        var link = outcome.Problem.Links[k];
        var flow = outcome.Result.Flows[k];
        if (flow >= link.Capacity)
        {
            return AllocationFacts.LimitOf(outcome.Links[k].Pair).Text;
        }

        if (facts.BindingCapOn(k) is { } cap)
        {
            return cap;
        }

        if (facts.SoldOut(link.Supply))
        {
            return "the offer's remaining capacity (the rest goes to pairings that create more value)";
        }

        return facts.FullyMet(link.Demand)
            ? "the requirement's remaining demand (the rest comes from pairings that create more value)"
            : "the optimal split between the candidates";
    }
}
