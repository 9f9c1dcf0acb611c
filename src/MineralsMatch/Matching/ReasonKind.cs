namespace MineralsMatch.Matching;

/// <summary>Why a candidate pairing was rejected, or why volume was left unmet or unsold.</summary>
public enum ReasonKind
{
    /// <summary>No offer of the product exists.</summary>
    NoOfferOfProduct,

    /// <summary>No requirement for the product exists.</summary>
    NoDemandForProduct,

    /// <summary>The offered grade does not meet the specification.</summary>
    GradeShortfall,

    /// <summary>The delivery windows do not overlap long enough for the minimum tenors.</summary>
    WindowMismatch,

    /// <summary>The tenor ranges do not overlap.</summary>
    TenorMismatch,

    /// <summary>The ask plus logistics exceeds the bid.</summary>
    PriceGap,

    /// <summary>No allowed route joins the origin and destination hubs.</summary>
    NoAllowedRoute,

    /// <summary>One side excludes the other (party, country, route, transit country).</summary>
    Excluded,

    /// <summary>The offer's and requirement's delivery terms have none in common.</summary>
    IncotermMismatch,

    /// <summary>The pairing cannot reach the minimum annual volume of one side.</summary>
    BelowMinimumVolume,

    /// <summary>The capacity went to buyers that create more value.</summary>
    CapacityTaken,

    /// <summary>A diversification cap (share from one supplier or one country) limits the volume.</summary>
    DiversificationCap,

    /// <summary>Every candidate offer is sold out, this requirement included in its buyers: there is not enough supply.</summary>
    SupplyExhausted,

    /// <summary>Every candidate requirement is fully supplied: there is not enough demand.</summary>
    DemandExhausted,

    /// <summary>The route can carry no more for this pairing.</summary>
    RouteCapacity,

    /// <summary>A rule added by the user rejected the pairing.</summary>
    CustomRule,

    /// <summary>Every buyer of the product is better served elsewhere, or pays too little.</summary>
    NoProfitableBuyer,

    /// <summary>The volume (or what is left of it) is below the run's volume resolution, so no allocation step can carry it.</summary>
    BelowVolumeResolution,

    /// <summary>A trade measure (an export ban) forbids the pairing in every year both sides share.</summary>
    TradeBan,

    /// <summary>Marketing rights serve buyers in priority countries first, and their demand takes the whole offer.</summary>
    MarketingPriority,
}
