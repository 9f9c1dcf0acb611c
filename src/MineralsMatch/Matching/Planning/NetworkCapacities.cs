namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Each contract's capacity in the year's network, by contract. Until one differs from its contract's largest annual volume (a
/// one-year plan's first network, as a rule) no array over the contracts is made: each reads as its largest volume.
/// </summary>
internal sealed class NetworkCapacities(ContractTable contracts)
{
    private long[]? _capacity;

    /// <summary>Whether every capacity set so far is its contract's largest annual volume.</summary>
    public bool AllAtLargest => _capacity is null;

    /// <summary>The capacity last set for contract <paramref name="c"/> (its largest annual volume when none was).</summary>
    public long this[int c] => _capacity is null ? contracts.MaxAnnual(c) : _capacity[c];

    /// <summary>Sets contract <paramref name="c"/>'s capacity.</summary>
    public void Set(int c, long capacity)
    {
        if (_capacity is null)
        {
            if (capacity == contracts.MaxAnnual(c))
            {
                return;
            }

            _capacity = new long[contracts.Count];
            for (var other = 0; other < _capacity.Length; other++)
            {
                _capacity[other] = contracts.MaxAnnual(other);
            }
        }

        _capacity[c] = capacity;
    }
}
