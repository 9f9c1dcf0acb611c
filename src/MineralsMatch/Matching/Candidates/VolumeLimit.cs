namespace MineralsMatch.Matching.Candidates;

/// <summary>Which bound sets a pair's most annual volume (<see cref="CandidatePair.MaxAnnualVolume"/>).</summary>
public enum VolumeLimit
{
    /// <summary>The offer's annual volume.</summary>
    OfferCapacity,

    /// <summary>The requirement's annual target.</summary>
    RequirementTarget,

    /// <summary>The requirement's cap on one supplier's share.</summary>
    SupplierShare,

    /// <summary>The requirement's cap on one country's share.</summary>
    CountryShare,

    /// <summary>What the picked route can carry per year.</summary>
    RouteCapacity,

    /// <summary>What marketing rights leave once buyers in the priority countries are served.</summary>
    PriorityReserve,
}
