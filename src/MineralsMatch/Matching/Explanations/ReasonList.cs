using System.Globalization;

namespace MineralsMatch.Matching.Explanations;

/// <summary>
/// Collects the reasons of one outcome, keeping at most <see cref="PerKind"/> detailed reasons of each kind
/// and counting the rest, which end in one summary reason per kind. An offer paired with a thousand buyers
/// gets a readable explanation, and the messages that would be dropped are never formatted.
/// </summary>
internal sealed class ReasonList
{
    public const int PerKind = 5;

    private readonly List<Reason> _reasons = [];
    private readonly Dictionary<ReasonKind, int> _counts = [];

    /// <summary>Whether a reason of this kind will be kept; counts it either way.</summary>
    public bool Wants(ReasonKind kind)
    {
        var count = _counts.GetValueOrDefault(kind) + 1;
        _counts[kind] = count;
        return count <= PerKind;
    }

    /// <summary>Keeps a reason whose kind <see cref="Wants"/> already counted.</summary>
    public void Keep(Reason reason) => _reasons.Add(reason);

    public void Add(Reason reason)
    {
        if (Wants(reason.Kind))
        {
            _reasons.Add(reason);
        }
    }

    public void Add(IEnumerable<Reason> reasons)
    {
        foreach (var reason in reasons)
        {
            Add(reason);
        }
    }

    public bool IsEmpty => _counts.Count == 0;

    public IReadOnlyList<Reason> ToList()
    {
        var list = new List<Reason>(_reasons);
        foreach (var kind in _reasons.Select(r => r.Kind).Distinct())
        {
            var more = _counts[kind] - PerKind;
            if (more > 0)
            {
                list.Add(new Reason(kind, string.Create(CultureInfo.InvariantCulture, $"and {more} more pairings for the same reason ({ReasonKinds.Name(kind)})")));
            }
        }

        return list;
    }
}
