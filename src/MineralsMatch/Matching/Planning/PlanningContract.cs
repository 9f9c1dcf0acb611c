using MineralsMatch.Collections;

namespace MineralsMatch.Matching.Planning;

/// <summary>
/// A candidate contract: one offer supplying one requirement over one route from a start year for a tenor,
/// at one annual volume that is either zero (not signed) or between <see cref="MinAnnual"/> and <see cref="MaxAnnual"/>.
/// </summary>
/// <remarks>
/// Contracts with the same <see cref="Link"/> are alternatives for the same offer, requirement and route
/// (e.g. different start years); at most one of them is signed.
/// </remarks>
public sealed record PlanningContract
{
    /// <summary>The index of the link (offer, requirement, route) this contract belongs to; alternatives share it.</summary>
    public required int Link { get; init; }

    /// <summary>The index of the supply.</summary>
    public required int Supply { get; init; }

    /// <summary>The index of the demand.</summary>
    public required int Demand { get; init; }

    /// <summary>The index of the shared route, or -1 when its route has no shared yearly capacity.</summary>
    public int Route { get; init; } = -1;

    /// <summary>Tonnes shipped per volume step (to charge the shared route capacity).</summary>
    public decimal TonnesPerStep { get; init; }

    /// <summary>The first delivery year.</summary>
    public required int StartYear { get; init; }

    /// <summary>The tenor in whole years (the contract may deliver in <see cref="YearShares"/>.Count years when it starts part-way through a year).</summary>
    public required int Tenor { get; init; }

    /// <summary>Per delivery year from <see cref="StartYear"/>, the fraction of that year the contract covers (1 for a whole year).</summary>
    public required IReadOnlyList<decimal> YearShares { get; init => field = ValueList<decimal>.From(value); }

    /// <summary>The smallest annual volume if signed, in steps (the larger of both parties' minimums).</summary>
    public required long MinAnnual { get; init; }

    /// <summary>The largest annual volume, in steps (the pair's and the route's per-contract limits).</summary>
    public required long MaxAnnual { get; init; }

    /// <summary>The volume flexibility as a fraction (0.1 = ±10 %): each year delivers within ±flex of the annual volume times the year share.</summary>
    public decimal Flexibility { get; init; }

    /// <summary>The value of one delivered step in value units, before discounting.</summary>
    public required long Value { get; init; }

    /// <summary>The last delivery year (inclusive).</summary>
    public int EndYear => StartYear + YearShares.Count - 1;
}
