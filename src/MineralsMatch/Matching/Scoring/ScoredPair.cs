using MineralsMatch.Matching.Allocation;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>
/// A scored candidate as the engine reads it: its allocation link (the offer's and the requirement's index in the run, the most
/// both allow per year in volume steps, the value of one step), its <see cref="PairDetail"/> and its least annual volume in
/// steps. The run keeps them in columns (<see cref="PairColumns"/>: 28 bytes per pair), so the run's links can be the first
/// network's links as they are; the <see cref="ScoredCandidate"/> record is built only when a later stage must show the pair.
/// </summary>
/// <param name="Link">The pair as an allocation link: offer, requirement, <see cref="MaxSteps"/> as capacity, <see cref="ValuePerStep"/> as value.</param>
/// <param name="Detail">The route index, volume limit and flags.</param>
/// <param name="MinSteps">The least annual volume a contract needs, in volume steps (rounded up).</param>
internal readonly record struct ScoredPair(AllocationLink Link, PairDetail Detail, long MinSteps)
{
    /// <summary>The value of one volume step in value units: what planning reads.</summary>
    public long ValuePerStep => Link.Value;

    /// <summary>The most both sides allow per year, in volume steps (rounded down).</summary>
    public long MaxSteps => Link.Capacity;

    /// <summary>The offer's index in the run's offers.</summary>
    public int Offer => Link.Supply;

    /// <summary>The requirement's index in the run's requirements.</summary>
    public int Requirement => Link.Demand;

    /// <summary>Where the picked route stands among the offer's routes to the requirement's hub, or -1 for none.</summary>
    public int RouteIndex => Detail.RouteIndex;

    /// <summary>Which bound sets <see cref="MaxSteps"/>.</summary>
    public VolumeLimit Limit => Detail.Limit;

    /// <summary>Whether trade measures concern the pair.</summary>
    public bool HasMeasures => Detail.HasMeasures;
}
