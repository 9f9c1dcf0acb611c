using MineralsMatch.Matching.Planning;

namespace MineralsMatch.OrTools.Modelling;

/// <summary>Exact (decimal) use of every capacity row in every year by a whole-step plan, and the repairs and fills that keep it within the limits.</summary>
internal sealed class PlanLedger
{
    private readonly PlanningProblem _problem;
    private readonly CapacityRows _rows;
    private readonly long[] _volumes;
    private readonly long[][] _deliveries;
    private readonly decimal[][] _used;

    public PlanLedger(PlanningProblem problem, CapacityRows rows, long[] volumes, long[][] deliveries)
    {
        _problem = problem;
        _rows = rows;
        _volumes = volumes;
        _deliveries = deliveries;
        _used = [.. rows.Rows.Select(r => new decimal[r.Limits.Length])];
        for (var c = 0; c < volumes.Length; c++)
        {
            for (var k = 0; k < deliveries[c].Length; k++)
            {
                Use(c, k, deliveries[c][k]);
            }
        }
    }

    /// <summary>Brings every row within its limit: first lowers deliveries towards their least, then volumes towards their minimum, then unsigns contracts, the first of <paramref name="worstFirst"/> first.</summary>
    public void Repair(IEnumerable<int> worstFirst)
    {
        var rank = new int[_volumes.Length];
        var position = 0;
        foreach (var c in worstFirst)
        {
            rank[c] = position++;
        }

        for (var r = 0; r < _rows.Rows.Count; r++)
        {
            var row = _rows.Rows[r];
            for (var t = 0; t < row.Limits.Length; t++)
            {
                if (_used[r][t] <= row.Limits[t])
                {
                    continue;
                }

                var members = Enumerable.Range(0, row.Members.Count).Where(m => row.Coefficients[m] > 0).OrderBy(m => rank[row.Members[m]]).ToArray();
                foreach (var m in members.TakeWhile(_ => _used[r][t] > row.Limits[t]))
                {
                    var c = row.Members[m];
                    var k = YearOf(c, t);
                    if (k < 0 || _volumes[c] == 0)
                    {
                        continue;
                    }

                    var excess = (long)decimal.Ceiling((_used[r][t] - row.Limits[t]) / row.Coefficients[m]);
                    var cut = Math.Min(excess, _deliveries[c][k] - DeliveryBounds.Low(_problem.Contracts[c], k, _volumes[c]));
                    Add(c, k, -Math.Max(cut, 0));
                }

                foreach (var m in members.TakeWhile(_ => _used[r][t] > row.Limits[t]))
                {
                    LowerVolume(row.Members[m], t, (long)decimal.Ceiling((_used[r][t] - row.Limits[t]) / row.Coefficients[m]));
                }

                foreach (var m in members.TakeWhile(_ => _used[r][t] > row.Limits[t]))
                {
                    if (YearOf(row.Members[m], t) >= 0)
                    {
                        Unsign(row.Members[m]);
                    }
                }
            }
        }
    }

    /// <summary>Raises deliveries into spare capacity, up to the top of each year's band, the first of <paramref name="bestFirst"/> first, where <paramref name="worthRaising"/> says so.</summary>
    public void Fill(IEnumerable<int> bestFirst, Func<int, bool> worthRaising)
    {
        foreach (var c in bestFirst)
        {
            if (_volumes[c] == 0 || !worthRaising(c))
            {
                continue;
            }

            var contract = _problem.Contracts[c];
            for (var k = 0; k < _deliveries[c].Length; k++)
            {
                var room = DeliveryBounds.High(contract, k, _volumes[c]) - _deliveries[c][k];
                var t = contract.StartYear - _problem.FirstYear + k;
                foreach (var (r, coefficient) in _rows.ByContract[c])
                {
                    if (coefficient > 0 && room > 0)
                    {
                        var spare = _rows.Rows[r].Limits[t] - _used[r][t];
                        room = Math.Min(room, spare <= 0 ? 0 : (long)decimal.Min(decimal.Floor(spare / coefficient), long.MaxValue));
                    }
                }

                if (room > 0)
                {
                    Add(c, k, room);
                }
            }
        }
    }

    // Lowers a contract's volume so that its delivery in planning year t can drop by `steps` while every year stays
    // inside the band; keeps the contract as it is when that would take it below its minimum.
    private void LowerVolume(int contract, int t, long steps)
    {
        var k = YearOf(contract, t);
        if (k < 0 || _volumes[contract] == 0)
        {
            return;
        }

        var terms = _problem.Contracts[contract];
        var floor = terms.YearShares[k] * (1 - terms.Flexibility);
        if (floor == 0)
        {
            return;
        }

        var lowered = (long[])_deliveries[contract].Clone();
        lowered[k] = Math.Max(0, lowered[k] - steps);
        var volume = DeliveryBounds.Fit(terms, Math.Min(_volumes[contract], (long)decimal.Floor(lowered[k] / floor)), lowered);
        if (volume == 0)
        {
            return;
        }

        _volumes[contract] = volume;
        for (var year = 0; year < lowered.Length; year++)
        {
            Add(contract, year, lowered[year] - _deliveries[contract][year]);
        }
    }

    private int YearOf(int contract, int t)
    {
        var c = _problem.Contracts[contract];
        var k = _problem.FirstYear + t - c.StartYear;
        return k >= 0 && k < c.YearShares.Count ? k : -1;
    }

    private void Unsign(int contract)
    {
        for (var k = 0; k < _deliveries[contract].Length; k++)
        {
            Add(contract, k, -_deliveries[contract][k]);
        }

        _volumes[contract] = 0;
    }

    private void Add(int contract, int k, long steps)
    {
        if (steps == 0)
        {
            return;
        }

        _deliveries[contract][k] += steps;
        Use(contract, k, steps);
    }

    private void Use(int contract, int k, long steps)
    {
        var t = _problem.Contracts[contract].StartYear - _problem.FirstYear + k;
        foreach (var (r, coefficient) in _rows.ByContract[contract])
        {
            _used[r][t] += coefficient * steps;
        }
    }
}
