namespace MineralsMatch.Matching.Planning;

/// <summary>
/// The best alternative per link in one planning year, kept in arrays indexed by link so that choosing among a million
/// contracts costs no dictionary; reset by <see cref="TakeByContract"/> for the next year.
/// </summary>
internal sealed class LinkChoice
{
    private readonly int[] _contract;
    private readonly long[] _capacity;
    private readonly decimal[] _score;
    private readonly List<int> _touched = [];

    public LinkChoice(int links)
    {
        _contract = new int[links];
        _capacity = new long[links];
        _score = new decimal[links];
        Array.Fill(_contract, -1);
    }

    /// <summary>Whether <paramref name="score"/> beats the link's best so far (the first of equal scores stays).</summary>
    public bool IsBetter(int link, decimal score) => _contract[link] < 0 || score > _score[link];

    /// <summary>Makes <paramref name="contract"/> the link's choice.</summary>
    public void Set(int link, int contract, long capacity, decimal score)
    {
        if (_contract[link] < 0)
        {
            _touched.Add(link);
        }

        _contract[link] = contract;
        _capacity[link] = capacity;
        _score[link] = score;
    }

    /// <summary>
    /// The chosen contracts in contract order, each one's network capacity written to <paramref name="capacity"/> (by contract);
    /// clears the choice.
    /// </summary>
    public List<int> TakeByContract(NetworkCapacities capacity)
    {
        var chosen = new List<int>(_touched.Count);
        foreach (var link in _touched)
        {
            var contract = _contract[link];
            chosen.Add(contract);
            capacity.Set(contract, _capacity[link]);
            _contract[link] = -1;
        }

        _touched.Clear();
        if (!InContractOrder(chosen))
        {
            chosen.Sort();
        }

        return chosen;
    }

    // One contract per link (a one-year plan) is chosen in contract order already: no sort needed.
    private static bool InContractOrder(List<int> chosen)
    {
        for (var k = 1; k < chosen.Count; k++)
        {
            if (chosen[k - 1] > chosen[k])
            {
                return false;
            }
        }

        return true;
    }
}
