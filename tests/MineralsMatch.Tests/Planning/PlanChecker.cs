using MineralsMatch.Matching;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.Tests.Planning;

/// <summary>An independent check of a plan against its problem: every rule of the planning contract, written out again.</summary>
internal static class PlanChecker
{
    public static List<string> Violations(PlanningProblem problem, PlanningResult result)
    {
        var errors = new List<string>();
        if (result.AnnualVolumes.Count != problem.Contracts.Count || result.Deliveries.Count != problem.Contracts.Count)
        {
            errors.Add("result lists do not match the contracts");
            return errors;
        }

        var supply = new decimal[problem.Supplies.Count, problem.Years];
        var demand = new decimal[problem.Demands.Count, problem.Years];
        var route = new decimal[problem.Routes.Count, problem.Years];
        var bySupplier = new Dictionary<(int, string, int), decimal>();
        var byCountry = new Dictionary<(int, string, int), decimal>();
        var signedLinks = new HashSet<int>();
        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            var contract = problem.Contracts[c];
            var v = result.AnnualVolumes[c];
            if (v == 0)
            {
                if (result.Deliveries[c].Any(d => d != 0))
                {
                    errors.Add($"contract {c} is not signed but delivers");
                }

                continue;
            }

            if (!signedLinks.Add(contract.Link))
            {
                errors.Add($"link {contract.Link} is signed twice");
            }

            if (v < contract.MinAnnual || v > contract.MaxAnnual)
            {
                errors.Add($"contract {c} has annual volume {v} outside {contract.MinAnnual}–{contract.MaxAnnual}");
            }

            if (result.Deliveries[c].Count != contract.YearShares.Count)
            {
                errors.Add($"contract {c} has {result.Deliveries[c].Count} delivery years, not {contract.YearShares.Count}");
                continue;
            }

            for (var i = 0; i < contract.YearShares.Count; i++)
            {
                var d = result.Deliveries[c][i];
                var share = contract.YearShares[i];
                if (d < share * (1 - contract.Flexibility) * v - 1e-9m || d > share * (1 + contract.Flexibility) * v + 1e-9m)
                {
                    errors.Add($"contract {c} delivers {d} in its year {i}, outside ±{contract.Flexibility} of {share}×{v}");
                }

                var t = contract.StartYear + i - problem.FirstYear;
                if (t < 0 || t >= problem.Years)
                {
                    errors.Add($"contract {c} delivers outside the horizon");
                    continue;
                }

                supply[contract.Supply, t] += d;
                demand[contract.Demand, t] += d;
                if (contract.Route >= 0)
                {
                    route[contract.Route, t] += d * contract.TonnesPerStep;
                }

                var s = problem.Supplies[contract.Supply];
                Add(bySupplier, (contract.Demand, s.Supplier, t), d);
                Add(byCountry, (contract.Demand, s.Country, t), d);
            }
        }

        for (var t = 0; t < problem.Years; t++)
        {
            for (var s = 0; s < problem.Supplies.Count; s++)
            {
                if (supply[s, t] > problem.Supplies[s].Capacity[t])
                {
                    errors.Add($"supply {s} ships {supply[s, t]} > {problem.Supplies[s].Capacity[t]} in year {t}");
                }
            }

            for (var j = 0; j < problem.Demands.Count; j++)
            {
                if (demand[j, t] > problem.Demands[j].Demand[t])
                {
                    errors.Add($"demand {j} receives {demand[j, t]} > {problem.Demands[j].Demand[t]} in year {t}");
                }
            }

            for (var r = 0; r < problem.Routes.Count; r++)
            {
                if (route[r, t] > problem.Routes[r].CapacityTonnes[t])
                {
                    errors.Add($"route {r} carries {route[r, t]} t > {problem.Routes[r].CapacityTonnes[t]} t in year {t}");
                }
            }
        }

        foreach (var ((j, supplier, t), used) in bySupplier)
        {
            if (problem.Demands[j].SupplierCap is { } caps && used > caps[t])
            {
                errors.Add($"demand {j} takes {used} > cap {caps[t]} from supplier {supplier} in year {t}");
            }
        }

        foreach (var ((j, country, t), used) in byCountry)
        {
            if (problem.Demands[j].CountryCap is { } caps && used > caps[t])
            {
                errors.Add($"demand {j} takes {used} > cap {caps[t]} from country {country} in year {t}");
            }
        }

        return errors;
    }

    /// <summary>The plan's discounted total value, worked out from its deliveries.</summary>
    public static double Value(PlanningProblem problem, IReadOnlyList<IReadOnlyList<long>> deliveries)
    {
        var total = 0.0;
        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            var contract = problem.Contracts[c];
            for (var i = 0; i < deliveries[c].Count; i++)
            {
                total += deliveries[c][i] * (double)contract.Value / Math.Pow(1 + (double)problem.DiscountRate, contract.StartYear + i - problem.FirstYear);
            }
        }

        return total;
    }

    private static void Add(Dictionary<(int, string, int), decimal> sums, (int, string, int) key, decimal amount) =>
        sums[key] = sums.GetValueOrDefault(key) + amount;

    /// <summary>True when the problem's objective is total value (so <see cref="Value"/> is the planner's objective).</summary>
    public static bool ByValue(PlanningProblem problem) => problem.Objective == MatchObjective.TotalValue;
}
