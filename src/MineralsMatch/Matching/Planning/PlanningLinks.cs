using MineralsMatch.Collections;
using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Per link (scored candidate) of a run: its supply and demand index, its least and largest annual volume in steps and its value
/// per step, read in place from the scored pairs' own columns.
/// </summary>
/// <remarks>
/// Copying the scored pairs' fields into columns cost 32 bytes per link for as long as the plan lives (to the end of the run).
/// </remarks>
internal sealed class PlanningLinks
{
    private readonly AllocationLink[] _links;
    private readonly PairColumns _pairs;

    /// <summary>The links of the first <paramref name="count"/> of <paramref name="pairs"/> (the scored pairs, one link each).</summary>
    public PlanningLinks(PairColumns pairs, int count)
    {
        _links = pairs.Links;
        _pairs = pairs;
        Count = count;
    }

    /// <summary>The number of links.</summary>
    public int Count { get; }

    /// <summary>The link's supply (offer) index.</summary>
    public int Supply(int link) => _links[link].Supply;

    /// <summary>The link's demand (requirement) index.</summary>
    public int Demand(int link) => _links[link].Demand;

    /// <summary>The pair's largest annual volume in steps.</summary>
    public long MaxAnnual(int link) => _links[link].Capacity;

    /// <summary>The pair's least annual volume in steps (rounded up).</summary>
    public long MinAnnual(int link) => _pairs.MinSteps(link);

    /// <summary>The value of one step in value units.</summary>
    public long Value(int link) => _links[link].Value;

    /// <summary>
    /// The links as a network's links, each at its largest annual volume: the scored pairs' own array, not a copy (the list must
    /// not outlive the run's pairs being changed, and nothing changes them after generation).
    /// </summary>
    public ValueList<AllocationLink> AsNetworkLinks() => ValueList<AllocationLink>.Own(_links, Count);
}
