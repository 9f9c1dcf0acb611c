using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// Per link (scored candidate) of a run: its supply and demand index, its least and largest annual volume in steps and its value
/// per step. The first four are the scored pairs' own fields, read in place; only the value per step is a column of its own.
/// </summary>
/// <remarks>
/// Copying the scored pairs' fields into columns cost 24 bytes per link for as long as the plan lives (to the end of the run):
/// a tenth of the whole engine's peak at a million pairs.
/// </remarks>
internal sealed class PlanningLinks
{
    private readonly ScoredPair[] _pairs;
    private readonly long[] _value;

    /// <summary>
    /// The links of the first <paramref name="count"/> of <paramref name="pairs"/> (the scored pairs, one link each), with room for
    /// their values per step.
    /// </summary>
    public PlanningLinks(ScoredPair[] pairs, int count)
    {
        _pairs = pairs;
        _value = new long[count];
    }

    /// <summary>The number of links.</summary>
    public int Count => _value.Length;

    /// <summary>The link's supply (offer) index.</summary>
    public int Supply(int link) => _pairs[link].Offer;

    /// <summary>The link's demand (requirement) index.</summary>
    public int Demand(int link) => _pairs[link].Requirement;

    /// <summary>The pair's largest annual volume in steps.</summary>
    public long MaxAnnual(int link) => _pairs[link].MaxSteps;

    /// <summary>The pair's least annual volume in steps (rounded up).</summary>
    public long MinAnnual(int link) => _pairs[link].MinSteps;

    /// <summary>The value of one step in value units.</summary>
    public long Value(int link) => _value[link];

    /// <summary>Sets the link's value per step (worked out once, in parallel, by the factory).</summary>
    public void SetValue(int link, long value) => _value[link] = value;
}
