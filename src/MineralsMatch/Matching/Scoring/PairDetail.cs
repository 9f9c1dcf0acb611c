using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>
/// The part of a scored pair that is not its allocation link, in four bytes: where its route stands in the offer's route table,
/// which bound sets its largest volume, whether trade measures concern it, and whether its least volume is the offer's minimum
/// or the requirement's (the minimums themselves are kept once per offer and per requirement, <see cref="PairColumns"/>).
/// </summary>
/// <remarks>Bits 0–3: the limit; bit 4: measures; bit 5: least volume by the offer; bits 6–31: the route index plus one.</remarks>
internal readonly struct PairDetail
{
    /// <summary>The largest route index a detail holds (26 bits, less one for "no route").</summary>
    public const int MaxRouteIndex = (1 << 26) - 2;

    private const uint LimitMask = 0xF;
    private const uint MeasuresBit = 1u << 4;
    private const uint LeastByOfferBit = 1u << 5;
    private const int RouteShift = 6;

    private readonly uint _bits;

    /// <summary>Creates the detail of a scored pair.</summary>
    /// <param name="routeIndex">Where the picked route stands among the offer's routes to the requirement's hub, or -1 for none.</param>
    /// <param name="limit">Which bound sets the pair's largest annual volume.</param>
    /// <param name="hasMeasures">Whether trade measures concern the pair.</param>
    /// <param name="leastByOffer">Whether the pair's least annual volume is the offer's minimum (else the requirement's).</param>
    public PairDetail(int routeIndex, VolumeLimit limit, bool hasMeasures, bool leastByOffer)
    {
        if (routeIndex < -1 || routeIndex > MaxRouteIndex || (uint)limit > LimitMask)
        {
            throw new InvalidOperationException($"A scored pair holds a route index from -1 to {MaxRouteIndex:N0} and a volume limit below 16; got route {routeIndex:N0}, limit {(int)limit}.");
        }

        _bits = (uint)limit | (hasMeasures ? MeasuresBit : 0u) | (leastByOffer ? LeastByOfferBit : 0u) | ((uint)(routeIndex + 1) << RouteShift);
    }

    /// <summary>Where the picked route stands among the offer's routes to the requirement's hub, or -1 for none.</summary>
    public int RouteIndex => (int)(_bits >> RouteShift) - 1;

    /// <summary>Which bound sets the pair's largest annual volume.</summary>
    public VolumeLimit Limit => (VolumeLimit)(_bits & LimitMask);

    /// <summary>Whether trade measures concern the pair.</summary>
    public bool HasMeasures => (_bits & MeasuresBit) != 0;

    /// <summary>Whether the pair's least annual volume is the offer's minimum (else the requirement's).</summary>
    public bool LeastByOffer => (_bits & LeastByOfferBit) != 0;
}
