namespace MineralsMatch.Matching.Planning;

/// <summary>Per link (scored candidate) of a run: its supply and demand index, its least and largest annual volume in steps and its value per step.</summary>
internal sealed class PlanningLinks(int count)
{
    /// <summary>Per link, the index of its supply (offer).</summary>
    public int[] Supply { get; } = new int[count];

    /// <summary>Per link, the index of its demand (requirement).</summary>
    public int[] Demand { get; } = new int[count];

    /// <summary>Per link, the pair's largest annual volume in steps.</summary>
    public long[] MaxAnnual { get; } = new long[count];

    /// <summary>Per link, the pair's least annual volume in steps (rounded up).</summary>
    public long[] MinAnnual { get; } = new long[count];

    /// <summary>Per link, the value of one step in value units.</summary>
    public long[] Value { get; } = new long[count];
}
