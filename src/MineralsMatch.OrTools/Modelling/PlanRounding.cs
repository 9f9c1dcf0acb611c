using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>
/// Turns a solver's fractional plan into whole steps that break no constraint: volumes and deliveries are rounded
/// down (every coupling constraint is a packing constraint, so rounding down keeps it) and volumes lowered until
/// every delivery sits inside its band; anything that still oversteps a limit (solver noise) is repaired exactly
/// (in decimal) by lowering deliveries, then by unsigning the least valuable contracts; finally spare capacity is
/// filled, most valuable contract first.
/// </summary>
internal static class PlanRounding
{
    private const double Noise = 1e-6;

    public static (long[] Volumes, long[][] Deliveries) Round(PlanningProblem problem, CapacityRows rows, FractionalPlan plan, bool coverage)
    {
        var count = problem.Contracts.Count;
        var volumes = new long[count];
        var deliveries = new long[count][];
        for (var c = 0; c < count; c++)
        {
            var contract = problem.Contracts[c];
            deliveries[c] = new long[contract.YearShares.Count];
            var volume = Math.Min((long)Math.Floor(plan.Volumes[c] + Noise), contract.MaxAnnual);
            for (var k = 0; k < deliveries[c].Length; k++)
            {
                deliveries[c][k] = (long)Math.Floor(Math.Max(0, plan.Deliveries[c][k]) + Noise);
            }

            volumes[c] = FitBand(contract, volume, deliveries[c]);
            if (volumes[c] == 0)
            {
                Array.Clear(deliveries[c]);
            }
        }

        KeepOnePerLink(problem, volumes, deliveries, coverage);
        var ledger = new PlanLedger(problem, rows, volumes, deliveries);
        var order = Enumerable.Range(0, count).OrderByDescending(c => Weight(problem, c, coverage)).ThenBy(c => c).ToArray();
        ledger.Repair(order.Reverse());
        ledger.Fill(order, c => Weight(problem, c, coverage) > 0);
        return (volumes, deliveries);
    }

    /// <summary>
    /// The largest volume up to <paramref name="volume"/> whose band holds the (lowered where needed) deliveries.
    /// When that would fall below the minimum, the volume stays (or rises to the next one whose band holds a whole
    /// step in every year) and deliveries are moved into the band; the ledger's repair then restores any overstepped
    /// limit. 0 when even that is impossible.
    /// </summary>
    private static long FitBand(PlanningContract contract, long volume, long[] deliveries)
    {
        var lowered = (long[])deliveries.Clone();
        var fitted = DeliveryBounds.Fit(contract, volume, lowered);
        if (fitted > 0)
        {
            lowered.CopyTo(deliveries, 0);
            return fitted;
        }

        // Below the minimum: keep the volume, or take the next one up whose band holds a whole step in every year.
        if (volume < Math.Max(contract.MinAnnual, 1))
        {
            return 0;
        }

        for (var candidate = volume; candidate <= Math.Min(contract.MaxAnnual, volume + 64); candidate++)
        {
            if (Enumerable.Range(0, deliveries.Length).All(k => DeliveryBounds.Low(contract, k, candidate) <= DeliveryBounds.High(contract, k, candidate)))
            {
                for (var k = 0; k < deliveries.Length; k++)
                {
                    deliveries[k] = Math.Clamp(deliveries[k], DeliveryBounds.Low(contract, k, candidate), DeliveryBounds.High(contract, k, candidate));
                }

                return candidate;
            }
        }

        return 0;
    }

    private static void KeepOnePerLink(PlanningProblem problem, long[] volumes, long[][] deliveries, bool coverage)
    {
        var signed = Enumerable.Range(0, volumes.Length).Where(c => volumes[c] > 0);
        foreach (var link in signed.GroupBy(c => problem.Contracts[c].Link).Where(g => g.Count() > 1))
        {
            foreach (var c in link.OrderByDescending(c => Weight(problem, c, coverage) * volumes[c]).ThenBy(c => c).Skip(1))
            {
                volumes[c] = 0;
                Array.Clear(deliveries[c]);
            }
        }
    }

    // What one more step is worth, for ordering: value per step (undiscounted), or under coverage first the
    // priority, with value as the tie-break scaled well below one priority unit.
    private static double Weight(PlanningProblem problem, int contract, bool coverage)
    {
        var value = (double)problem.Contracts[contract].Value;
        return coverage ? problem.Demands[problem.Contracts[contract].Demand].Priority + (Math.Atan(value) / Math.PI / 2) : value;
    }
}
