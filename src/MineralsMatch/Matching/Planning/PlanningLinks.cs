using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Per link (scored candidate) of a run: its supply and demand index, its least and largest annual volume in steps and its value
/// per step, read in place from the scored pairs' own fields.
/// </summary>
/// <remarks>
/// Copying the scored pairs' fields into columns cost 32 bytes per link for as long as the plan lives (to the end of the run).
/// </remarks>
internal sealed class PlanningLinks
{
    private readonly ScoredPair[] _pairs;

    /// <summary>The links of the first <paramref name="count"/> of <paramref name="pairs"/> (the scored pairs, one link each).</summary>
    public PlanningLinks(ScoredPair[] pairs, int count)
    {
        _pairs = pairs;
        Count = count;
    }

    /// <summary>The number of links.</summary>
    public int Count { get; }

    /// <summary>The link's supply (offer) index.</summary>
    public int Supply(int link) => _pairs[link].Offer;

    /// <summary>The link's demand (requirement) index.</summary>
    public int Demand(int link) => _pairs[link].Requirement;

    /// <summary>The pair's largest annual volume in steps.</summary>
    public long MaxAnnual(int link) => _pairs[link].MaxSteps;

    /// <summary>The pair's least annual volume in steps (rounded up).</summary>
    public long MinAnnual(int link) => _pairs[link].MinSteps;

    /// <summary>The value of one step in value units.</summary>
    public long Value(int link) => _pairs[link].ValuePerStep;
}
