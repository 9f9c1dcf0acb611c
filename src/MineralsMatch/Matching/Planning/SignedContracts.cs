using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// The contracts the managed planner signs, with their annual volumes and deliveries, kept as a list of the signed ones only (a
/// plan signs a few thousand of a million candidate contracts) and handed to the result as sparse lists when few are signed.
/// </summary>
internal sealed class SignedContracts(int count)
{
    private readonly List<(int Contract, long Volume, ValueList<long> Deliveries)> _signed = [];
    private bool _sorted = true;

    /// <summary>Records contract <paramref name="c"/> as signed at <paramref name="volume"/> steps a year, delivering <paramref name="deliveries"/> (given up).</summary>
    public void Add(int c, long volume, long[] deliveries)
    {
        _sorted &= _signed.Count == 0 || _signed[^1].Contract < c;
        _signed.Add((c, volume, ValueList<long>.Own(deliveries)));
    }

    /// <summary>The discounted objective of the plan (each signed contract's terms added in contract order).</summary>
    public double Objective(PlanWeights weights)
    {
        SortByContract();
        var total = 0.0;
        foreach (var (c, _, deliveries) in _signed)
        {
            total = weights.Add(total, c, deliveries);
        }

        return total;
    }

    /// <summary>Per contract, the signed annual volume (0 when not signed).</summary>
    public IReadOnlyList<long> AnnualVolumes()
    {
        SortByContract();
        return Sparse ? new SparseList<long>(count, 0L, Contracts(), [.. _signed.Select(s => s.Volume)]) : Dense(0L, s => s.Volume);
    }

    /// <summary>Per contract, its deliveries (the empty list when not signed).</summary>
    public IReadOnlyList<IReadOnlyList<long>> Deliveries()
    {
        SortByContract();
        return Sparse
            ? new SparseList<IReadOnlyList<long>>(count, ValueList<long>.Empty, Contracts(), [.. _signed.Select(s => (IReadOnlyList<long>)s.Deliveries)])
            : Dense<IReadOnlyList<long>>(ValueList<long>.Empty, s => s.Deliveries);
    }

    // Sparse lists while fewer than half the contracts are signed: below that they take less than the arrays.
    private bool Sparse => _signed.Count * 2L < count;

    private int[] Contracts() => [.. _signed.Select(s => s.Contract)];

    private ValueList<T> Dense<T>(T empty, Func<(int Contract, long Volume, ValueList<long> Deliveries), T> of)
    {
        var all = new T[count];
        Array.Fill(all, empty);
        foreach (var signed in _signed)
        {
            all[signed.Contract] = of(signed);
        }

        return ValueList<T>.Own(all);
    }

    // Signing goes by value within a year, so the list is sorted once, before it is read.
    private void SortByContract()
    {
        if (!_sorted)
        {
            _signed.Sort(static (a, b) => a.Contract.CompareTo(b.Contract));
            _sorted = true;
        }
    }
}
