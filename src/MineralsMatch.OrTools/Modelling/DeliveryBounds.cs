using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>The whole-step deliveries a contract may make in one delivery year at a given annual volume.</summary>
/// <remarks>
/// The band is <c>share·(1−flex)·v ≤ q ≤ share·(1+flex)·v</c>; a whole-step plan keeps every delivery inside it,
/// so it is also a plan of the continuous model and the model's bound holds for it. Some volumes leave a band with
/// no whole step (half a year of 11 steps at no flexibility); the rounding then lowers the volume.
/// </remarks>
internal static class DeliveryBounds
{
    /// <summary>The least whole-step delivery in delivery year <paramref name="k"/> at annual volume <paramref name="volume"/>.</summary>
    public static long Low(PlanningContract contract, int k, long volume) =>
        (long)decimal.Ceiling(contract.YearShares[k] * (1 - contract.Flexibility) * volume);

    /// <summary>The most whole-step delivery in delivery year <paramref name="k"/> at annual volume <paramref name="volume"/>.</summary>
    public static long High(PlanningContract contract, int k, long volume) =>
        (long)decimal.Floor(contract.YearShares[k] * (1 + contract.Flexibility) * volume);

    /// <summary>
    /// The largest volume up to <paramref name="volume"/> whose band holds <paramref name="deliveries"/>, lowering
    /// deliveries above the band's top as it goes (never raising one); 0 when no such volume reaches the minimum.
    /// Lowering a volume lowers every year's least delivery, so the result uses no capacity the input did not.
    /// </summary>
    public static long Fit(PlanningContract contract, long volume, long[] deliveries)
    {
        var least = Math.Max(contract.MinAnnual, 1);
        for (var attempt = 0; attempt < 64 && volume >= least; attempt++)
        {
            var fits = true;
            for (var k = 0; k < deliveries.Length; k++)
            {
                deliveries[k] = Math.Min(deliveries[k], High(contract, k, volume));
                var floor = contract.YearShares[k] * (1 - contract.Flexibility);
                if (Low(contract, k, volume) > deliveries[k])
                {
                    fits = false;
                    volume = Math.Min(volume - 1, (long)decimal.Floor(deliveries[k] / floor));
                    break;
                }
            }

            if (fits)
            {
                return volume;
            }
        }

        return 0;
    }

    /// <summary>
    /// The annual volume to state for <paramref name="deliveries"/>: the whole-step volume nearest their mean rate
    /// (delivery ÷ year share) whose band still holds every delivery, between the minimum and the maximum;
    /// <paramref name="volume"/> when no other volume qualifies.
    /// </summary>
    /// <remarks>
    /// Value depends on deliveries only, so a solver may state any volume whose band holds them, often the lowest
    /// (909 kg/yr delivering 1 000 kg/yr at ±10 %). Stating the volume the deliveries are centred on reads as the
    /// contract a buyer would sign, and changes no delivery, capacity or value.
    /// </remarks>
    public static long Nominal(PlanningContract contract, long volume, long[] deliveries)
    {
        if (volume <= 0 || deliveries.Length == 0)
        {
            return volume;
        }

        var rate = 0m;
        var shares = 0m;
        for (var k = 0; k < deliveries.Length; k++)
        {
            rate += deliveries[k];
            shares += contract.YearShares[k];
        }

        var target = Math.Clamp((long)decimal.Round(rate / shares, MidpointRounding.ToEven), Math.Max(contract.MinAnnual, 1), contract.MaxAnnual);
        return Holds(contract, target, deliveries) ? target : Nearest(contract, volume, target, deliveries);
    }

    private static long Nearest(PlanningContract contract, long volume, long target, long[] deliveries)
    {
        // Walk from the solver's volume toward the target while the band keeps holding: the band's ends move monotonically with the volume.
        var step = target > volume ? 1L : -1L;
        var best = volume;
        var gap = Math.Abs(target - volume);
        for (var jump = Math.Max(gap / 2, 1); jump >= 1; jump /= 2)
        {
            while (Math.Abs(target - best) >= jump && Holds(contract, best + (step * jump), deliveries))
            {
                best += step * jump;
            }
        }

        return best;
    }

    private static bool Holds(PlanningContract contract, long volume, long[] deliveries)
    {
        if (volume < Math.Max(contract.MinAnnual, 1) || volume > contract.MaxAnnual)
        {
            return false;
        }

        for (var k = 0; k < deliveries.Length; k++)
        {
            if (deliveries[k] < Low(contract, k, volume) || deliveries[k] > High(contract, k, volume))
            {
                return false;
            }
        }

        return true;
    }
}
