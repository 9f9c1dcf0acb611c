using System.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// The public face of a <see cref="ContractTable"/>: a read-only list of <see cref="PlanningContract"/> records, each built when
/// it is read (so a planner from outside sees records, and the managed planner reads the columns without any).
/// </summary>
internal sealed class ContractList(ContractTable table) : IReadOnlyList<PlanningContract>, IEquatable<IReadOnlyList<PlanningContract>>
{
    /// <summary>The columns behind the list.</summary>
    public ContractTable Table { get; } = table;

    /// <inheritdoc />
    public PlanningContract this[int index] => (uint)index < (uint)Table.Count ? Table.Contract(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public int Count => Table.Count;

    /// <inheritdoc />
    public IEnumerator<PlanningContract> GetEnumerator()
    {
        for (var c = 0; c < Table.Count; c++)
        {
            yield return Table.Contract(c);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Equal to any list of the same contracts in the same order (as the problem's value equality expects).</summary>
    public bool Equals(IReadOnlyList<PlanningContract>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        if (ReferenceEquals(this, other) || (other is ContractList list && ReferenceEquals(list.Table, Table)))
        {
            return true;
        }

        for (var c = 0; c < Count; c++)
        {
            if (!Table.Contract(c).Equals(other[c]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IReadOnlyList<PlanningContract> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var c = 0; c < Count; c++)
        {
            hash.Add(Table.Contract(c));
        }

        return hash.ToHashCode();
    }
}
