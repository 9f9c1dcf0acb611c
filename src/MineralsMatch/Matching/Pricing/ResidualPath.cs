namespace MineralsMatch.Matching.Pricing;

/// <summary>One answer of <see cref="ResidualPaths"/>: a cycle's cost (value units per step), its volume (steps) and its end links.</summary>
/// <param name="Status">Whether a cycle was found.</param>
/// <param name="Cost">The value the unit must gain; 0 or more.</param>
/// <param name="Steps">The volume that moves at that cost.</param>
/// <param name="FirstLink">The first link the unit crosses forward (out of the offer), or −1.</param>
/// <param name="LastLink">The last link the unit crosses forward (into the requirement), or −1.</param>
internal readonly record struct ResidualPath(ReservationStatus Status, long Cost, long Steps, int FirstLink, int LastLink)
{
    /// <summary>No cycle exists: no pairing reaches the node at any price.</summary>
    public static ResidualPath Unreachable => new(ReservationStatus.Unreachable, 0, 0, -1, -1);

    /// <summary>The optimum has no shortfall here: whatever the plan leaves unmet or unsold is not for want of a better price.</summary>
    public static ResidualPath NoShortfall => new(ReservationStatus.NotPriceBound, 0, 0, -1, -1);

    /// <summary>The run's budget of relaxations was spent before this query.</summary>
    public static ResidualPath NotComputed => new(ReservationStatus.NotComputed, 0, 0, -1, -1);
}
