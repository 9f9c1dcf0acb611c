using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>The objectives of a whole-step plan.</summary>
internal static class PlanScore
{
    /// <summary>Σ discount factor × value × delivery.</summary>
    public static double Value(PlanningProblem problem, long[][] deliveries)
    {
        var total = 0.0;
        for (var c = 0; c < deliveries.Length; c++)
        {
            var contract = problem.Contracts[c];
            for (var k = 0; k < deliveries[c].Length; k++)
            {
                total += problem.DiscountFactor(contract.StartYear + k) * contract.Value * deliveries[c][k];
            }
        }

        return total;
    }

    /// <summary>Σ priority × delivery: the coverage objective.</summary>
    public static double Coverage(PlanningProblem problem, long[][] deliveries)
    {
        var total = 0.0;
        for (var c = 0; c < deliveries.Length; c++)
        {
            total += (double)problem.Demands[problem.Contracts[c].Demand].Priority * deliveries[c].Sum();
        }

        return total;
    }

    /// <summary>A proven upper bound on the value of any plan: every contract at its most in every year, where its value is positive.</summary>
    public static double TrivialBound(PlanningProblem problem, ContractScreen screen)
    {
        var total = 0.0;
        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            var contract = problem.Contracts[c];
            if (!screen.Open[c] || contract.Value <= 0)
            {
                continue;
            }

            for (var k = 0; k < contract.YearShares.Count; k++)
            {
                total += problem.DiscountFactor(contract.StartYear + k) * contract.Value * DeliveryBounds.High(contract, k, (long)Math.Floor(screen.MaxAnnual[c]));
            }
        }

        return total;
    }
}
