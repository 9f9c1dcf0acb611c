using System.Runtime.InteropServices;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>
/// A scored candidate as the engine keeps it: the offer's and the requirement's index in the run, where the picked route stands
/// in the offer's route table, and the figures planning reads. The <see cref="ScoredCandidate"/> record is built from it only
/// when a later stage must show the pair.
/// </summary>
/// <remarks>
/// 38 bytes (packed on 2 bytes; a route reference, a 4-byte limit and the padding to 8 bytes made it 48): one is kept for every
/// scored pair to the end of the run.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
internal readonly struct ScoredPair
{
    // In this order, so the longs lie on 8-byte boundaries within the struct.
    private readonly long _valuePerStep;
    private readonly long _maxSteps;
    private readonly long _minSteps;
    private readonly int _offer;
    private readonly int _requirement;
    private readonly int _routeIndex;
    private readonly byte _limit;
    private readonly bool _hasMeasures;

    /// <summary>Creates a scored pair.</summary>
    /// <param name="routeIndex">
    /// Where the picked route stands among the offer's routes to the requirement's hub (<see cref="OfferRoutes.CheapestIndex"/>),
    /// or -1 for none.
    /// </param>
    /// <param name="valuePerStep">
    /// The value of one volume step in value units (the sum of the scorers' components per unit, at the run's scale): what
    /// planning reads. The value per unit itself is the record's (<see cref="ScoredCandidate.ValuePerUnit"/>, the same sum to
    /// the last digit).
    /// </param>
    /// <param name="maxSteps">The most both sides allow per year, in volume steps of the run's resolution (rounded down).</param>
    /// <param name="minSteps">The least annual volume a contract needs, in volume steps (rounded up).</param>
    /// <param name="limit">Which bound sets <paramref name="maxSteps"/>.</param>
    /// <param name="offer">The offer's index in the run's offers.</param>
    /// <param name="requirement">The requirement's index in the run's requirements.</param>
    /// <param name="hasMeasures">Whether trade measures concern the pair.</param>
    public ScoredPair(int routeIndex, long valuePerStep, long maxSteps, long minSteps, VolumeLimit limit, int offer, int requirement, bool hasMeasures)
    {
        _valuePerStep = valuePerStep;
        _maxSteps = maxSteps;
        _minSteps = minSteps;
        _offer = offer;
        _requirement = requirement;
        _routeIndex = routeIndex;
        _limit = (byte)limit;
        _hasMeasures = hasMeasures;
    }

    /// <summary>The value of one volume step in value units: what planning reads.</summary>
    public long ValuePerStep => _valuePerStep;

    /// <summary>The most both sides allow per year, in volume steps (rounded down).</summary>
    public long MaxSteps => _maxSteps;

    /// <summary>The least annual volume a contract needs, in volume steps (rounded up).</summary>
    public long MinSteps => _minSteps;

    /// <summary>The offer's index in the run's offers.</summary>
    public int Offer => _offer;

    /// <summary>The requirement's index in the run's requirements.</summary>
    public int Requirement => _requirement;

    /// <summary>Where the picked route stands among the offer's routes to the requirement's hub, or -1 for none.</summary>
    public int RouteIndex => _routeIndex;

    /// <summary>Which bound sets <see cref="MaxSteps"/>.</summary>
    public VolumeLimit Limit => (VolumeLimit)_limit;

    /// <summary>Whether trade measures concern the pair.</summary>
    public bool HasMeasures => _hasMeasures;
}
