using MineralsMatch.Matching.Terms;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Planning;

/// <summary>Hands a multi-year plan's start year, tenor, start quarter and yearly deliveries to the terms policy.</summary>
internal static class PlannedTerms
{
    /// <summary>The allocated candidate with its plan's terms; <paramref name="link"/> is its index among the plan's links.</summary>
    public static AllocatedCandidate Of(PlanningOutcome plan, AllocatedCandidate allocated, int link)
    {
        var c = plan.Signed[link];
        if (c < 0)
        {
            return allocated;
        }

        var contract = plan.Problem.Contracts[c];
        var volume = plan.Result.AnnualVolumes[c];
        var planned = plan.Result.Deliveries[c];
        var unit = allocated.AnnualVolume.Unit;
        var quarter = 5 - (int)(contract.YearShares[0] * 4m);
        var years = contract.Tenor + (quarter > 1 ? 1 : 0);
        var deliveries = new List<Quantity>(years);
        for (var i = 0; i < years; i++)
        {
            // After the horizon the contract goes on at its annual volume (the same part of the last year it started with).
            var steps = i < planned.Count ? planned[i] : i == years - 1 && quarter > 1 ? (long)decimal.Round(volume * (quarter - 1) / 4m, MidpointRounding.ToEven) : volume;
            deliveries.Add(Quantity.Of(plan.Scale.Volume(steps), unit));
        }

        return allocated with { StartYear = contract.StartYear, TenorYears = contract.Tenor, StartQuarter = quarter, YearlyDeliveries = deliveries };
    }
}
