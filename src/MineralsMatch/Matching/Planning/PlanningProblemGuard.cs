using System.Globalization;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Rejects a malformed <see cref="PlanningProblem"/> with an error that names the field, the rule and the value; contracts are
/// read as columns, so a problem of millions of contracts is checked without building a record for each.
/// </summary>
internal static class PlanningProblemGuard
{
    public static void ThrowIfMalformed(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var years = problem.Years;
        if (years < 1)
        {
            Fail($"LastYear must be at least FirstYear (was {problem.FirstYear}–{problem.LastYear})");
        }

        for (var i = 0; i < problem.Supplies.Count; i++)
        {
            CheckYears($"Supplies[{i}].Capacity", problem.Supplies[i].Capacity, years);
        }

        for (var j = 0; j < problem.Demands.Count; j++)
        {
            var demand = problem.Demands[j];
            CheckYears($"Demands[{j}].Demand", demand.Demand, years);
            if (demand.SupplierCap is not null)
            {
                CheckYears($"Demands[{j}].SupplierCap", demand.SupplierCap, years);
            }

            if (demand.CountryCap is not null)
            {
                CheckYears($"Demands[{j}].CountryCap", demand.CountryCap, years);
            }
        }

        for (var r = 0; r < problem.Routes.Count; r++)
        {
            var route = problem.Routes[r];
            if (route.CapacityTonnes.Count != years || route.CapacityTonnes.Any(c => c < 0))
            {
                Fail($"Routes[{r}].CapacityTonnes must have {years} entries ≥ 0 (had {route.CapacityTonnes.Count})");
            }
        }

        var contracts = problem.Table;
        for (var c = 0; c < contracts.Count; c++)
        {
            CheckContract(problem, contracts, c);
        }
    }

    private static void CheckContract(PlanningProblem problem, ContractTable contracts, int index)
    {
        // The name is worked out only for a message: a million contracts that pass build no strings.
        string Name() => $"Contracts[{index}]";
        if ((uint)contracts.Supply(index) >= (uint)problem.Supplies.Count)
        {
            CheckIndex($"{Name()}.Supply", contracts.Supply(index), problem.Supplies.Count);
        }

        if ((uint)contracts.Demand(index) >= (uint)problem.Demands.Count)
        {
            CheckIndex($"{Name()}.Demand", contracts.Demand(index), problem.Demands.Count);
        }

        if (contracts.Route(index) < -1 || contracts.Route(index) >= problem.Routes.Count)
        {
            Fail($"{Name()}.Route must be -1 or a route index below {problem.Routes.Count} (was {contracts.Route(index)})");
        }

        if (!SharesInRange(contracts.YearShares(index)))
        {
            Fail($"{Name()}.YearShares must hold at least one share between 0 and 1");
        }

        if (contracts.StartYear(index) < problem.FirstYear || contracts.EndYear(index) > problem.LastYear)
        {
            Fail($"{Name()} delivers in {contracts.StartYear(index)}–{contracts.EndYear(index)}, outside the planning horizon {problem.FirstYear}–{problem.LastYear}");
        }

        if (contracts.MinAnnual(index) < 0 || contracts.MaxAnnual(index) < 0)
        {
            Fail($"{Name()}.MinAnnual and MaxAnnual must be ≥ 0 (were {contracts.MinAnnual(index)} and {contracts.MaxAnnual(index)})");
        }

        if (contracts.Flexibility(index) < 0 || contracts.Flexibility(index) >= 1)
        {
            Fail($"{Name()}.Flexibility must be in [0, 1) (was {contracts.Flexibility(index).ToString(CultureInfo.InvariantCulture)})");
        }

        if (contracts.TonnesPerStep(index) < 0)
        {
            Fail($"{Name()}.TonnesPerStep must be ≥ 0 (was {contracts.TonnesPerStep(index).ToString(CultureInfo.InvariantCulture)})");
        }
    }

    private static bool SharesInRange(IReadOnlyList<decimal> shares)
    {
        for (var i = 0; i < shares.Count; i++)
        {
            if (shares[i] < 0 || shares[i] > 1)
            {
                return false;
            }
        }

        return shares.Count > 0;
    }

    private static void CheckYears(string name, IReadOnlyList<long> values, int years)
    {
        if (values.Count != years)
        {
            Fail($"{name} must have one entry per planning year ({years}; had {values.Count})");
        }

        for (var t = 0; t < values.Count; t++)
        {
            if (values[t] < 0)
            {
                Fail($"{name}[{t}] must be ≥ 0 (was {values[t]})");
            }
        }
    }

    private static void CheckIndex(string name, int value, int count)
    {
        if (value < 0 || value >= count)
        {
            Fail($"{name} must be an index below {count} (was {value})");
        }
    }

    private static void Fail(string message) => throw new ArgumentException($"Invalid planning problem: {message}.");
}
