using System.Globalization;
using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>Rejects a malformed <see cref="PlanningProblem"/> with an error that names the field, the rule and the value.</summary>
internal static class ProblemGuard
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

        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            CheckContract(problem, c);
        }
    }

    private static void CheckContract(PlanningProblem problem, int index)
    {
        var contract = problem.Contracts[index];
        // The name is worked out only for a message: a million contracts that pass build no strings.
        string Name() => $"Contracts[{index}]";
        if ((uint)contract.Supply >= (uint)problem.Supplies.Count)
        {
            CheckIndex($"{Name()}.Supply", contract.Supply, problem.Supplies.Count);
        }

        if ((uint)contract.Demand >= (uint)problem.Demands.Count)
        {
            CheckIndex($"{Name()}.Demand", contract.Demand, problem.Demands.Count);
        }

        if (contract.Route < -1 || contract.Route >= problem.Routes.Count)
        {
            Fail($"{Name()}.Route must be -1 or a route index below {problem.Routes.Count} (was {contract.Route})");
        }

        if (!SharesInRange(contract.YearShares))
        {
            Fail($"{Name()}.YearShares must hold at least one share between 0 and 1");
        }

        if (contract.StartYear < problem.FirstYear || contract.EndYear > problem.LastYear)
        {
            Fail($"{Name()} delivers in {contract.StartYear}–{contract.EndYear}, outside the planning horizon {problem.FirstYear}–{problem.LastYear}");
        }

        if (contract.MinAnnual < 0 || contract.MaxAnnual < 0)
        {
            Fail($"{Name()}.MinAnnual and MaxAnnual must be ≥ 0 (were {contract.MinAnnual} and {contract.MaxAnnual})");
        }

        if (contract.Flexibility < 0 || contract.Flexibility >= 1)
        {
            Fail($"{Name()}.Flexibility must be in [0, 1) (was {contract.Flexibility.ToString(CultureInfo.InvariantCulture)})");
        }

        if (contract.TonnesPerStep < 0)
        {
            Fail($"{Name()}.TonnesPerStep must be ≥ 0 (was {contract.TonnesPerStep.ToString(CultureInfo.InvariantCulture)})");
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
