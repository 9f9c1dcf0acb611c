using MineralsMatch.Collections;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>How far a requirement is met by the proposals, and why not further.</summary>
public sealed record RequirementOutcome
{
    /// <summary>The requirement id.</summary>
    public required string Requirement { get; init; }

    /// <summary>The buyer.</summary>
    public required string Buyer { get; init; }

    /// <summary>The product.</summary>
    public required string Product { get; init; }

    /// <summary>The mineral the product is a form of (from the catalog).</summary>
    public required string Mineral { get; init; }

    /// <summary>The annual volume wanted.</summary>
    public required Quantity Target { get; init; }

    /// <summary>The annual volume the proposals supply.</summary>
    public required Quantity Met { get; init; }

    /// <summary>The annual volume left unmet.</summary>
    public required Quantity Unmet { get; init; }

    /// <summary>The value in USD of one more unit of this demand being met (from the solver's node potentials); 0 when demand is fully met or nothing more can be had.</summary>
    public required decimal ShadowPrice { get; init; }

    /// <summary>The bid at which one more unit would be served, and for how much volume; null when nothing (or less than a volume step) is unmet.</summary>
    public ReservationPrice? ServedAt { get; init; }

    /// <summary>Per planning year, in year order: demand, met and unmet (one row for a one-year plan).</summary>
    public IReadOnlyList<RequirementYear> Years { get; init => field = ValueList<RequirementYear>.From(value); } = ValueList<RequirementYear>.Empty;

    /// <summary>Why volume is unmet (empty when fully met), most important first.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = ValueList<Reason>.From(value); } = ValueList<Reason>.Empty;
}
