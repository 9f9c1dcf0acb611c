using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>Every per-year packing constraint of a problem, with the rows each contract belongs to.</summary>
internal sealed class CapacityRows
{
    private CapacityRows(List<CapacityRow> rows, List<(int Row, decimal Coefficient)>[] byContract)
    {
        Rows = rows;
        ByContract = byContract;
    }

    /// <summary>The rows, in a canonical order.</summary>
    public IReadOnlyList<CapacityRow> Rows { get; }

    /// <summary>Per contract, the rows it uses and its coefficient in each.</summary>
    public IReadOnlyList<List<(int Row, decimal Coefficient)>> ByContract { get; }

    /// <summary>Builds the rows of <paramref name="problem"/>: supply, demand, supplier cap, country cap and shared route rows.</summary>
    public static CapacityRows Build(PlanningProblem problem)
    {
        var rows = new List<CapacityRow>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var byContract = new List<(int Row, decimal Coefficient)>[problem.Contracts.Count];
        for (var c = 0; c < problem.Contracts.Count; c++)
        {
            var contract = problem.Contracts[c];
            var supply = problem.Supplies[contract.Supply];
            var demand = problem.Demands[contract.Demand];
            var list = byContract[c] = [];
            Join(list, c, 1m, $"supply:{contract.Supply}", () => Decimals(supply.Capacity));
            Join(list, c, 1m, $"demand:{contract.Demand}", () => Decimals(demand.Demand));
            if (demand.SupplierCap is { } supplierCap)
            {
                Join(list, c, 1m, $"supplier-cap:{contract.Demand}:{supply.Supplier}", () => Decimals(supplierCap));
            }

            if (demand.CountryCap is { } countryCap)
            {
                Join(list, c, 1m, $"country-cap:{contract.Demand}:{supply.Country}", () => Decimals(countryCap));
            }

            if (contract.Route >= 0)
            {
                Join(list, c, contract.TonnesPerStep, $"route:{contract.Route}", () => [.. problem.Routes[contract.Route].CapacityTonnes]);
            }
        }

        return new CapacityRows(rows, byContract);

        void Join(List<(int Row, decimal Coefficient)> list, int contract, decimal coefficient, string name, Func<decimal[]> limits)
        {
            if (!index.TryGetValue(name, out var row))
            {
                row = rows.Count;
                index.Add(name, row);
                rows.Add(new CapacityRow(name, limits(), [], []));
            }

            rows[row].Members.Add(contract);
            rows[row].Coefficients.Add(coefficient);
            list.Add((row, coefficient));
        }
    }

    private static decimal[] Decimals(IReadOnlyList<long> values) => [.. values.Select(v => (decimal)v)];
}
