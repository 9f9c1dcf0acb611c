using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Tests;

/// <summary>An independent check of a plan against every rule of the planning problem, written from the contract's documentation.</summary>
internal static class PlanChecker
{
    /// <summary>Every broken rule, as readable sentences; empty when the plan is feasible.</summary>
    public static List<string> Violations(PlanningProblem problem, PlanningResult result)
    {
        var errors = new List<string>();
        if (result.AnnualVolumes.Count != problem.Contracts.Count || result.Deliveries.Count != problem.Contracts.Count)
        {
            errors.Add("one volume and one delivery list per contract");
            return errors;
        }

        var years = problem.Years;
        var supplyUse = new long[problem.Supplies.Count, years];
        var demandUse = new long[problem.Demands.Count, years];
        var routeUse = new decimal[problem.Routes.Count, years];
        var supplierUse = new Dictionary<(int Demand, string Supplier, int Year), long>();
        var countryUse = new Dictionary<(int Demand, string Country, int Year), long>();
        var signedPerLink = new Dictionary<int, int>();
        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            var contract = problem.Contracts[c];
            var volume = result.AnnualVolumes[c];
            var deliveries = result.Deliveries[c];
            if (volume == 0)
            {
                if (deliveries.Count != 0)
                {
                    errors.Add($"contract {c} is not signed but delivers");
                }

                continue;
            }

            signedPerLink[contract.Link] = signedPerLink.GetValueOrDefault(contract.Link) + 1;
            if (volume < contract.MinAnnual || volume > contract.MaxAnnual)
            {
                errors.Add($"contract {c} volume {volume} outside [{contract.MinAnnual}, {contract.MaxAnnual}]");
            }

            if (deliveries.Count != contract.YearShares.Count)
            {
                errors.Add($"contract {c} has {deliveries.Count} deliveries for {contract.YearShares.Count} years");
                continue;
            }

            for (var k = 0; k < deliveries.Count; k++)
            {
                var q = deliveries[k];
                var low = contract.YearShares[k] * (1 - contract.Flexibility) * volume;
                var high = contract.YearShares[k] * (1 + contract.Flexibility) * volume;
                if (q < low || q > high)
                {
                    errors.Add($"contract {c} delivers {q} in its year {k}, outside [{low}, {high}]");
                }

                var t = contract.StartYear + k - problem.FirstYear;
                var supply = problem.Supplies[contract.Supply];
                supplyUse[contract.Supply, t] += q;
                demandUse[contract.Demand, t] += q;
                if (contract.Route >= 0)
                {
                    routeUse[contract.Route, t] += contract.TonnesPerStep * q;
                }

                supplierUse[(contract.Demand, supply.Supplier, t)] = supplierUse.GetValueOrDefault((contract.Demand, supply.Supplier, t)) + q;
                countryUse[(contract.Demand, supply.Country, t)] = countryUse.GetValueOrDefault((contract.Demand, supply.Country, t)) + q;
            }
        }

        errors.AddRange(signedPerLink.Where(p => p.Value > 1).Select(p => $"link {p.Key} has {p.Value} signed contracts"));
        for (var t = 0; t < years; t++)
        {
            for (var i = 0; i < problem.Supplies.Count; i++)
            {
                if (supplyUse[i, t] > problem.Supplies[i].Capacity[t])
                {
                    errors.Add($"supply {i} year {t}: {supplyUse[i, t]} > {problem.Supplies[i].Capacity[t]}");
                }
            }

            for (var j = 0; j < problem.Demands.Count; j++)
            {
                if (demandUse[j, t] > problem.Demands[j].Demand[t])
                {
                    errors.Add($"demand {j} year {t}: {demandUse[j, t]} > {problem.Demands[j].Demand[t]}");
                }
            }

            for (var r = 0; r < problem.Routes.Count; r++)
            {
                if (routeUse[r, t] > problem.Routes[r].CapacityTonnes[t])
                {
                    errors.Add($"route {r} year {t}: {routeUse[r, t]} t > {problem.Routes[r].CapacityTonnes[t]} t");
                }
            }
        }

        foreach (var ((j, supplier, t), used) in supplierUse)
        {
            if (problem.Demands[j].SupplierCap is { } cap && used > cap[t])
            {
                errors.Add($"demand {j} year {t}: supplier {supplier} provides {used} > cap {cap[t]}");
            }
        }

        foreach (var ((j, country, t), used) in countryUse)
        {
            if (problem.Demands[j].CountryCap is { } cap && used > cap[t])
            {
                errors.Add($"demand {j} year {t}: country {country} provides {used} > cap {cap[t]}");
            }
        }

        var value = Value(problem, result);
        if (Math.Abs(value - result.Objective) > 1e-6 * Math.Max(1, Math.Abs(value)))
        {
            errors.Add($"objective {result.Objective} differs from the plan's value {value}");
        }

        return errors;
    }

    /// <summary>Σ discount × value × delivery.</summary>
    public static double Value(PlanningProblem problem, PlanningResult result) =>
        Enumerable.Range(0, problem.Contracts.Count).Sum(c => result.Deliveries[c].Select((q, k) => problem.DiscountFactor(problem.Contracts[c].StartYear + k) * problem.Contracts[c].Value * q).Sum());

    /// <summary>Σ priority × delivery.</summary>
    public static double Coverage(PlanningProblem problem, PlanningResult result) =>
        Enumerable.Range(0, problem.Contracts.Count).Sum(c => (double)problem.Demands[problem.Contracts[c].Demand].Priority * result.Deliveries[c].Sum());
}
