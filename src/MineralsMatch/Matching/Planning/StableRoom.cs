namespace MineralsMatch.Matching.Planning;

/// <summary>What is left, in steps, of each offer, requirement, share cap and shared route of a one-year planning problem.</summary>
internal sealed class StableRoom
{
    private readonly PlanningProblem _problem;
    private readonly long[] _supply;
    private readonly long[] _demand;
    private readonly Dictionary<(int Demand, string Supplier), long> _supplierCaps = [];
    private readonly Dictionary<(int Demand, string Country), long> _countryCaps = [];
    private readonly decimal[] _routes;

    private StableRoom(PlanningProblem problem)
    {
        _problem = problem;
        _supply = [.. problem.Supplies.Select(s => s.Capacity.Count > 0 ? s.Capacity[0] : 0L)];
        _demand = [.. problem.Demands.Select(d => d.Demand.Count > 0 ? d.Demand[0] : 0L)];
        _routes = [.. problem.Routes.Select(r => r.CapacityTonnes.Count > 0 ? r.CapacityTonnes[0] : 0m)];
    }

    public static StableRoom Of(PlanningProblem problem) => new(problem);

    /// <summary>The most contract <paramref name="c"/> could add now.</summary>
    public long Free(int c)
    {
        var contract = _problem.Contracts[c];
        var supply = _problem.Supplies[contract.Supply];
        var free = Math.Min(Math.Min(_supply[contract.Supply], _demand[contract.Demand]), contract.MaxAnnual);
        free = Math.Min(free, SupplierCap(contract.Demand, supply.Supplier));
        free = Math.Min(free, CountryCap(contract.Demand, supply.Country));
        if (contract.Route >= 0 && contract.TonnesPerStep > 0m)
        {
            free = Math.Min(free, (long)decimal.Floor(_routes[contract.Route] / contract.TonnesPerStep));
        }

        return Math.Max(free, 0L);
    }

    /// <summary>What is left for contract <paramref name="c"/> of its offer, requirement, supplier cap, country cap and route, each on its own.</summary>
    public (long Offer, long Demand, long SupplierCap, long CountryCap, long Route) Left(int c)
    {
        var contract = _problem.Contracts[c];
        var supply = _problem.Supplies[contract.Supply];
        var route = contract.Route >= 0 && contract.TonnesPerStep > 0m ? (long)decimal.Floor(_routes[contract.Route] / contract.TonnesPerStep) : long.MaxValue / 4;
        return (_supply[contract.Supply], _demand[contract.Demand], SupplierCap(contract.Demand, supply.Supplier), CountryCap(contract.Demand, supply.Country), route);
    }

    /// <summary>Records that contract <paramref name="c"/> takes <paramref name="amount"/> steps.</summary>
    public void Take(int c, long amount)
    {
        var contract = _problem.Contracts[c];
        var supply = _problem.Supplies[contract.Supply];
        _supply[contract.Supply] -= amount;
        _demand[contract.Demand] -= amount;
        _supplierCaps[(contract.Demand, supply.Supplier)] = SupplierCap(contract.Demand, supply.Supplier) - amount;
        _countryCaps[(contract.Demand, supply.Country)] = CountryCap(contract.Demand, supply.Country) - amount;
        if (contract.Route >= 0)
        {
            _routes[contract.Route] -= amount * contract.TonnesPerStep;
        }
    }

    private long SupplierCap(int demand, string supplier) =>
        _supplierCaps.TryGetValue((demand, supplier), out var left) ? left : _problem.Demands[demand].SupplierCap is { Count: > 0 } cap ? cap[0] : long.MaxValue / 4;

    private long CountryCap(int demand, string country) =>
        _countryCaps.TryGetValue((demand, country), out var left) ? left : _problem.Demands[demand].CountryCap is { Count: > 0 } cap ? cap[0] : long.MaxValue / 4;
}
