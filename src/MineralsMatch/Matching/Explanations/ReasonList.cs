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

    // One counter per kind, indexed by the kind's value (the explainers call Wants once per link of an outcome).
    private static readonly int Kinds = Enum.GetValues<ReasonKind>().Max(k => (int)k) + 1;

    private readonly List<Reason> _reasons = [];
    private readonly int[] _counts = new int[Kinds];
    private Dictionary<ReasonKind, int>? _otherCounts;
    private bool _counted;

    /// <summary>Whether a reason of this kind will be kept; counts it either way.</summary>
    public bool Wants(ReasonKind kind)
    {
        _counted = true;
        return Count(kind, 1) <= PerKind;
    }

    // A kind outside the enum's declared values (a rule from outside may cast one) is counted on the side.
    private int Count(ReasonKind kind, int add)
    {
        if ((uint)kind < (uint)_counts.Length)
        {
            return _counts[(int)kind] += add;
        }

        _otherCounts ??= [];
        return _otherCounts[kind] = _otherCounts.GetValueOrDefault(kind) + add;
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

    public bool IsEmpty => !_counted;

    public IReadOnlyList<Reason> ToList()
    {
        var list = new List<Reason>(_reasons);
        foreach (var kind in _reasons.Select(r => r.Kind).Distinct())
        {
            var more = Count(kind, 0) - PerKind;
            if (more > 0)
            {
                list.Add(new Reason(kind, string.Create(CultureInfo.InvariantCulture, $"and {more} more pairings for the same reason ({ReasonKinds.Name(kind)})")));
            }
        }

        return list;
    }
}
