namespace MineralsMatch.Matching.Planning;

/// <summary>
/// What is left of every per-year limit of a planning problem once some contracts are signed: supply capacity,
/// demand, shared route capacity, and each (demand, supplier) and (demand, country) share cap.
/// </summary>
/// <remarks>Signing goes through <see cref="TrySign"/>, which checks every limit in every delivery year first, so a plan built here is always feasible.</remarks>
internal sealed class PlanState
{
    private readonly PlanningProblem _problem;
    private readonly ContractTable _contracts;
    private readonly long[][] _supply;
    private readonly long[][] _demand;
    private readonly decimal[][] _route;
    private readonly int[] _supplierOf;
    private readonly int[] _countryOf;
    private readonly Dictionary<long, long[]> _bySupplier = [];
    private readonly Dictionary<long, long[]> _byCountry = [];

    public PlanState(PlanningProblem problem)
    {
        _problem = problem;
        _contracts = problem.Table;
        _supply = [.. problem.Supplies.Select(s => s.Capacity.ToArray())];
        _demand = [.. problem.Demands.Select(d => d.Demand.ToArray())];
        _route = [.. problem.Routes.Select(r => r.CapacityTonnes.ToArray())];
        _supplierOf = Intern(problem.Supplies.Select(s => s.Supplier));
        _countryOf = Intern(problem.Supplies.Select(s => s.Country));
    }

    // Each distinct name as a small number, so share-cap keys need no string hashing.
    private static int[] Intern(IEnumerable<string> names)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. names.Select(n => ids.TryGetValue(n, out var id) ? id : ids[n] = ids.Count)];
    }

    private long SupplierKey(int c) => ((long)_contracts.Demand(c) << 32) | (uint)_supplierOf[_contracts.Supply(c)];

    private long CountryKey(int c) => ((long)_contracts.Demand(c) << 32) | (uint)_countryOf[_contracts.Supply(c)];

    /// <summary>The year index of delivery year <paramref name="i"/> of contract <paramref name="c"/>, or −1 outside the horizon.</summary>
    public int YearIndex(int c, int i)
    {
        var t = _contracts.StartYear(c) + i - _problem.FirstYear;
        return t >= 0 && t < _problem.Years ? t : -1;
    }

    /// <summary>What is left of supply <paramref name="supply"/> in year index <paramref name="t"/>.</summary>
    public long Supply(int supply, int t) => _supply[supply][t];

    /// <summary>What is left of demand <paramref name="demand"/> in year index <paramref name="t"/>.</summary>
    public long Demand(int demand, int t) => _demand[demand][t];

    /// <summary>
    /// The deliveries of contract <paramref name="c"/> at annual volume <paramref name="volume"/>: each year its share of the volume
    /// (rounded to the nearest step within the flexibility), or <see langword="null"/> when some year has no whole step in range.
    /// </summary>
    public long[]? Deliveries(int c, long volume)
    {
        var result = new long[_contracts.YearShares(c).Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (!TryDelivery(c, volume, i, out result[i]))
            {
                return null;
            }
        }

        return result;
    }

    // Delivery year i of the contract at the annual volume: its share rounded to the nearest step within the flexibility.
    private bool TryDelivery(int c, long volume, int i, out long delivery)
    {
        var share = _contracts.YearShares(c)[i];
        if (share == 1m)
        {
            delivery = volume;
            return true;
        }

        var nominal = share * volume;
        var low = (long)decimal.Ceiling(nominal * (1m - _contracts.Flexibility(c)));
        var high = (long)decimal.Floor(nominal * (1m + _contracts.Flexibility(c)));
        delivery = low > high ? 0 : Math.Clamp((long)decimal.Round(nominal, MidpointRounding.ToEven), low, high);
        return low <= high;
    }

    private bool HasDeliveries(int c, long volume)
    {
        for (var i = 0; i < _contracts.YearShares(c).Count; i++)
        {
            if (!TryDelivery(c, volume, i, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether contract <paramref name="c"/> delivers in one year of the horizon, a whole or part of it, and nothing is left of its
    /// supply or its demand that year: then <see cref="Fit"/> is 0, and stays 0 as more contracts are signed.
    /// </summary>
    public bool UsedUp(int c)
    {
        if (!_contracts.IsOneWholeYear(c) && (_contracts.YearShares(c) is not { Count: 1 } shares || shares[0] <= 0m))
        {
            return false;
        }

        var t = YearIndex(c, 0);
        return t >= 0 && (_supply[_contracts.Supply(c)][t] <= 0 || _demand[_contracts.Demand(c)][t] <= 0);
    }

    /// <summary>The largest annual volume of contract <paramref name="c"/> (at most its maximum) that fits what is left in every delivery year; 0 when none does.</summary>
    public long Fit(int c)
    {
        var most = Bound(c, -1);
        if (most <= 0)
        {
            return 0;
        }

        // One whole delivery year off shared routes delivers the annual volume itself, and the bound already keeps it within
        // every limit of that year (whole steps, no decimal division): it fits as it is.
        if (_contracts.Route(c) < 0 && _contracts.IsOneWholeYear(c))
        {
            return most;
        }

        // Rounding a part-year share may leave no whole step inside the flexibility; a few steps less always finds one.
        for (var tries = 0; most > 0 && tries < 8; tries++, most--)
        {
            if (Fits(c, most))
            {
                return most;
            }
        }

        return 0;
    }

    /// <summary>
    /// The most contract <paramref name="c"/> may carry in the network of year index <paramref name="year"/>: what is left in its
    /// other delivery years, of shared routes, and of share caps already partly used; that year's supply, demand and unused caps
    /// are the network's own limits and are not counted here.
    /// </summary>
    public long NetworkCapacity(int c, int year)
    {
        var most = Bound(c, year);
        for (var tries = 0; most > 0 && tries < 8; tries++, most--)
        {
            if (HasDeliveries(c, most))
            {
                return most;
            }
        }

        return 0;
    }

    private long Bound(int c, int networkYear)
    {
        if (_contracts.IsOneWholeYear(c))
        {
            return WholeYearBound(c, networkYear);
        }

        var most = _contracts.MaxAnnual(c);
        var supplier = SupplierKey(c);
        var country = CountryKey(c);
        var demand = _problem.Demands[_contracts.Demand(c)];
        for (var i = 0; i < _contracts.YearShares(c).Count && most > 0; i++)
        {
            var t = YearIndex(c, i);
            var share = _contracts.YearShares(c)[i];
            if (t < 0 || share <= 0m)
            {
                continue;
            }

            if (t != networkYear)
            {
                most = Math.Min(most, Per(_supply[_contracts.Supply(c)][t], share));
                most = Math.Min(most, Per(_demand[_contracts.Demand(c)][t], share));
            }

            if (t != networkYear || Used(_bySupplier, supplier, t))
            {
                most = Math.Min(most, Per(Left(_bySupplier, demand.SupplierCap, supplier, t), share));
            }

            if (t != networkYear || Used(_byCountry, country, t))
            {
                most = Math.Min(most, Per(Left(_byCountry, demand.CountryCap, country, t), share));
            }

            if (_contracts.Route(c) >= 0 && _contracts.TonnesPerStep(c) > 0m)
            {
                most = Math.Min(most, Per(_route[_contracts.Route(c)][t] / _contracts.TonnesPerStep(c), share));
            }
        }

        return most;
    }

    // The same for a contract delivering one whole year (every contract of a one-year problem): a share of 1 divides nothing,
    // so the limits are read as whole steps, without decimal work.
    private long WholeYearBound(int c, int networkYear)
    {
        var most = _contracts.MaxAnnual(c);
        var t = YearIndex(c, 0);
        if (t < 0 || most <= 0)
        {
            return most;
        }

        var demand = _problem.Demands[_contracts.Demand(c)];
        if (t != networkYear)
        {
            most = Math.Min(most, Math.Max(0, Math.Min(_supply[_contracts.Supply(c)][t], _demand[_contracts.Demand(c)][t])));
        }

        if (demand.SupplierCap is not null && (t != networkYear || Used(_bySupplier, SupplierKey(c), t)))
        {
            most = Math.Min(most, Math.Max(0, Left(_bySupplier, demand.SupplierCap, SupplierKey(c), t)));
        }

        if (demand.CountryCap is not null && (t != networkYear || Used(_byCountry, CountryKey(c), t)))
        {
            most = Math.Min(most, Math.Max(0, Left(_byCountry, demand.CountryCap, CountryKey(c), t)));
        }

        if (_contracts.Route(c) >= 0 && _contracts.TonnesPerStep(c) > 0m)
        {
            most = Math.Min(most, Per(_route[_contracts.Route(c)][t] / _contracts.TonnesPerStep(c), 1m));
        }

        return most;
    }

    private static bool Used(Dictionary<long, long[]> used, long key, int t) => used.TryGetValue(key, out var u) && u[t] > 0;

    /// <summary>Signs contract <paramref name="c"/> at <paramref name="volume"/> if every delivery year fits; returns its deliveries, or <see langword="null"/>.</summary>
    public long[]? TrySign(int c, long volume)
    {
        if (volume < Math.Max(1, _contracts.MinAnnual(c)) || volume > _contracts.MaxAnnual(c) || !Fits(c, volume))
        {
            return null;
        }

        var deliveries = Deliveries(c, volume)!;
        var supplier = SupplierKey(c);
        var country = CountryKey(c);
        for (var i = 0; i < deliveries.Length; i++)
        {
            var t = YearIndex(c, i);
            if (t < 0)
            {
                continue;
            }

            _supply[_contracts.Supply(c)][t] -= deliveries[i];
            _demand[_contracts.Demand(c)][t] -= deliveries[i];
            Use(_bySupplier, supplier)[t] += deliveries[i];
            Use(_byCountry, country)[t] += deliveries[i];
            if (_contracts.Route(c) >= 0)
            {
                _route[_contracts.Route(c)][t] -= deliveries[i] * _contracts.TonnesPerStep(c);
            }
        }

        return deliveries;
    }

    private bool Fits(int c, long volume)
    {
        var demand = _problem.Demands[_contracts.Demand(c)];
        for (var i = 0; i < _contracts.YearShares(c).Count; i++)
        {
            if (!TryDelivery(c, volume, i, out var d))
            {
                return false;
            }

            var t = YearIndex(c, i);
            if (t < 0)
            {
                continue;
            }

            if (d > _supply[_contracts.Supply(c)][t] || d > _demand[_contracts.Demand(c)][t]
                || d > Left(_bySupplier, demand.SupplierCap, SupplierKey(c), t)
                || d > Left(_byCountry, demand.CountryCap, CountryKey(c), t)
                || (_contracts.Route(c) >= 0 && d * _contracts.TonnesPerStep(c) > _route[_contracts.Route(c)][t]))
            {
                return false;
            }
        }

        return true;
    }

    private static long Per(decimal left, decimal share) => left <= 0m ? 0 : (long)Math.Min(long.MaxValue, decimal.Floor(left / share));

    // The same for a whole number of steps: a whole year's share needs no decimal division.
    private static long Per(long left, decimal share) => share == 1m ? Math.Max(0, left) : Per((decimal)left, share);

    private static long Left(Dictionary<long, long[]> used, IReadOnlyList<long>? caps, long key, int t)
    {
        if (caps is null)
        {
            return long.MaxValue;
        }

        return caps[t] - (used.TryGetValue(key, out var u) ? u[t] : 0);
    }

    private long[] Use(Dictionary<long, long[]> used, long key)
    {
        if (!used.TryGetValue(key, out var u))
        {
            u = new long[_problem.Years];
            used[key] = u;
        }

        return u;
    }
}
