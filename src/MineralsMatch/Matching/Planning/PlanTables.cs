using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Planning;

/// <summary>The per-year tables of a plan: per offer capacity, used, unused and why; per requirement demand and met; per route tonnes shipped against its shared capacity.</summary>
internal sealed class PlanTables
{
    private readonly MatchingContext _context;
    private readonly PlanningOutcome _plan;
    private readonly long[,] _used;
    private readonly long[,] _met;
    private readonly bool[,] _reachable;
    private bool[,]? _servesShort;

    public PlanTables(MatchingContext context, PlanningOutcome plan)
    {
        _context = context;
        _plan = plan;
        var problem = plan.Problem;
        _used = new long[problem.Supplies.Count, problem.Years];
        _met = new long[problem.Demands.Count, problem.Years];
        _reachable = new bool[problem.Supplies.Count, problem.Years];
        var contracts = problem.Table;
        for (var c = 0; c < contracts.Count; c++)
        {
            var (supply, start, years) = (contracts.Supply(c), contracts.StartYear(c), contracts.YearShares(c).Count);
            for (var i = 0; i < years; i++)
            {
                var t = start + i - problem.FirstYear;
                if (t < 0 || t >= problem.Years)
                {
                    continue;
                }

                _reachable[supply, t] = true;
                if (plan.Result.AnnualVolumes[c] > 0)
                {
                    _used[supply, t] += plan.Result.Deliveries[c][i];
                    _met[contracts.Demand(c), t] += plan.Result.Deliveries[c][i];
                }
            }
        }
    }

    public IReadOnlyList<OfferYear> Offer(int supply)
    {
        var problem = _plan.Problem;
        var unit = _context.Product(_context.Offers[supply].Product).PricingUnit;
        var rows = new List<OfferYear>(problem.Years);
        for (var t = 0; t < problem.Years; t++)
        {
            var capacity = problem.Supplies[supply].Capacity[t];
            var used = _used[supply, t];
            var unused = Math.Max(0, capacity - used);
            rows.Add(new OfferYear(problem.FirstYear + t, Of(capacity, unit), Of(used, unit), Of(unused, unit), unused == 0 ? string.Empty : Why(supply, t)));
        }

        return rows;
    }

    public IReadOnlyList<RequirementYear> Requirement(int demand)
    {
        var problem = _plan.Problem;
        var unit = _context.Product(_context.Requirements[demand].Product).PricingUnit;
        return [.. Enumerable.Range(0, problem.Years).Select(t =>
        {
            var wanted = problem.Demands[demand].Demand[t];
            return new RequirementYear(problem.FirstYear + t, Of(wanted, unit), Of(_met[demand, t], unit), Of(Math.Max(0, wanted - _met[demand, t]), unit));
        })];
    }

    public IReadOnlyList<RouteOutcome> Routes()
    {
        var problem = _plan.Problem;
        var shipped = new SortedDictionary<string, decimal[]>(StringComparer.Ordinal);
        var routes = new Dictionary<string, Logistics.Route>(StringComparer.Ordinal);
        // Most links share a few route objects: each object's id is looked up once (the first object with an id names it).
        var seen = new HashSet<Logistics.Route>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < _plan.Links.Count; k++)
        {
            if (_plan.Links.Route(k)?.Route is { } route && seen.Add(route) && routes.TryAdd(route.Id, route))
            {
                shipped[route.Id] = new decimal[problem.Years];
            }
        }

        var contracts = problem.Table;
        for (var c = 0; c < contracts.Count; c++)
        {
            if (_plan.Result.AnnualVolumes[c] == 0 || _plan.Links.Route(contracts.Link(c))?.Route is not { } route)
            {
                continue;
            }

            for (var i = 0; i < contracts.YearShares(c).Count; i++)
            {
                var t = contracts.StartYear(c) + i - problem.FirstYear;
                if (t >= 0 && t < problem.Years)
                {
                    shipped[route.Id][t] += _plan.Result.Deliveries[c][i] * contracts.TonnesPerStep(c);
                }
            }
        }

        return [.. shipped.Select(r => new RouteOutcome
        {
            Route = r.Key,
            Shared = routes[r.Key].SharedAnnualCapacity is not null,
            Years = [.. r.Value.Select((tonnes, t) => new RouteYear(problem.FirstYear + t, routes[r.Key].SharedAnnualCapacity?.ConvertTo(QuantityUnit.Tonne), Quantity.Tonnes(Collections.Decimals.Normalize(tonnes))))],
        })];
    }

    private string Why(int supply, int t)
    {
        var problem = _plan.Problem;
        if (!_reachable[supply, t])
        {
            return "no candidate contract can deliver in this year (windows, tenors or the buyers' demand profiles)";
        }

        _servesShort ??= ServesShort(problem);
        var allSupplied = !_servesShort[supply, t];
        if (allSupplied)
        {
            return "the requirements it can serve are fully supplied in this year";
        }

        return "the rest would need a contract below its minimum, beyond a share cap or shared route capacity, or another volume in its other years";
    }

    // Per supply and year, whether a requirement one of its candidate contracts serves is short of its demand in that year: one
    // pass over the contracts and each one's requirement's short years, worked out when the first offer has unused capacity.
    private bool[,] ServesShort(PlanningProblem problem)
    {
        var shortYears = new List<int>?[problem.Demands.Count];
        for (var j = 0; j < shortYears.Length; j++)
        {
            for (var t = 0; t < problem.Years; t++)
            {
                if (_met[j, t] < problem.Demands[j].Demand[t])
                {
                    (shortYears[j] ??= []).Add(t);
                }
            }
        }

        var serves = new bool[problem.Supplies.Count, problem.Years];
        var contracts = problem.Table;
        for (var c = 0; c < contracts.Count; c++)
        {
            if (shortYears[contracts.Demand(c)] is { } years)
            {
                var supply = contracts.Supply(c);
                foreach (var t in years)
                {
                    serves[supply, t] = true;
                }
            }
        }

        return serves;
    }

    private Quantity Of(long steps, QuantityUnit unit) => Quantity.Of(_plan.Scale.Volume(steps), unit);
}
