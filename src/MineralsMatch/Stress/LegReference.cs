namespace MineralsMatch.Stress;

/// <summary>A route leg named by the hubs it joins, in its direction of travel.</summary>
/// <param name="From">The hub the leg starts at.</param>
/// <param name="To">The hub the leg ends at.</param>
public readonly record struct LegReference(string From, string To)
{
    /// <summary>Whether a leg joins these two hubs in this direction.</summary>
    /// <param name="leg">The leg.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Matches(Logistics.RouteLeg leg)
    {
        ArgumentNullException.ThrowIfNull(leg);
        return string.Equals(leg.From, From, StringComparison.Ordinal) && string.Equals(leg.To, To, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override string ToString() => From + "→" + To;
}
