namespace MineralsMatch.Matching.Pricing;

/// <summary>
/// Per group (an offer, or a requirement), the largest value over its links to every partner but one, in constant time: the
/// largest value of the group, the partner that holds it, and the largest value over the group's other partners.
/// </summary>
/// <remarks>Built in one pass over the links, so reading it for every link is linear, not links × degree.</remarks>
internal sealed class NextBest
{
    private readonly long[] _best;
    private readonly int[] _bestPartner;
    private readonly long[] _second;

    /// <summary>Creates the table for <paramref name="groups"/> groups, none with a link yet.</summary>
    /// <param name="groups">The number of groups.</param>
    public NextBest(int groups)
    {
        _best = new long[groups];
        _bestPartner = new int[groups];
        _second = new long[groups];
        Array.Fill(_best, long.MinValue);
        Array.Fill(_bestPartner, -1);
        Array.Fill(_second, long.MinValue);
    }

    /// <summary>Adds a link of <paramref name="group"/> to <paramref name="partner"/> worth <paramref name="value"/>.</summary>
    /// <param name="group">The group.</param>
    /// <param name="partner">The partner at the link's other end.</param>
    /// <param name="value">The link's value.</param>
    public void Add(int group, int partner, long value)
    {
        if (_bestPartner[group] == partner)
        {
            _best[group] = Math.Max(_best[group], value);
        }
        else if (value > _best[group])
        {
            // The old best belongs to another partner than the new one, so it is the best over the others.
            _second[group] = _best[group];
            _best[group] = value;
            _bestPartner[group] = partner;
        }
        else
        {
            _second[group] = Math.Max(_second[group], value);
        }
    }

    /// <summary>The largest value over the group's links to partners other than <paramref name="partner"/>, or 0 when that is less or there are none.</summary>
    /// <param name="group">The group.</param>
    /// <param name="partner">The partner to leave out.</param>
    /// <returns>The value, at least 0.</returns>
    public long ExceptOrZero(int group, int partner) => Math.Max(0L, _bestPartner[group] == partner ? _second[group] : _best[group]);
}
