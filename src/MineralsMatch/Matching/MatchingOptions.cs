using MineralsMatch.Markets;

namespace MineralsMatch.Matching;

/// <summary>Settings of a matching run; every stage reads what it needs from here.</summary>
/// <remarks>
/// Validated up front (see <c>MatchingOptionsValidator</c>); the defaults suit long-term offtake practice. The settings are
/// mutable so that <c>services.Configure&lt;MatchingOptions&gt;(...)</c>, <c>PostConfigure</c> and configuration binding work;
/// the engine copies the options it is given when it is created and when a run starts, so changing an instance later
/// changes no engine and no run in progress.
/// </remarks>
public sealed record MatchingOptions
{
    /// <summary>The default options, a new instance each time (so changing one changes nothing shared).</summary>
    public static MatchingOptions Default => new();

    /// <summary>What the allocation maximises; <see cref="MatchObjective.TotalValue"/> by default.</summary>
    public MatchObjective Objective { get; set; } = MatchObjective.TotalValue;

    /// <summary>How contract prices are set; <see cref="PricingPolicy.Pair"/> (each pair splits its own surplus) by default.</summary>
    public PricingPolicy Pricing { get; set; } = PricingPolicy.Pair;

    /// <summary>The share of the surplus (ceiling − ask) added to the ask to set the base price, 0 to 1; 0.5 by default.</summary>
    public decimal BargainingShare { get; set; } = 0.5m;

    /// <summary>The annual volume tolerance either way written into contracts, 0 to 0.5; 0.1 (±10 %) by default.</summary>
    public decimal VolumeFlexibility { get; set; } = 0.1m;

    /// <summary>How much of the expected loss from route disruption counts as a cost: penalty per unit = risk × ask × this; 1 by default.</summary>
    public decimal RiskAversion { get; set; } = 1m;

    /// <summary>The value per unit added per level of a requirement's priority, as a fraction of its bid; 0.01 by default.</summary>
    public decimal PriorityPremiumPerLevel { get; set; } = 0.01m;

    /// <summary>Tenors of at least this many years are index-linked with a collar; shorter ones are fixed-price; 5 by default.</summary>
    public int IndexLinkedFromYears { get; set; } = 5;

    /// <summary>Volumes are allocated in steps of this fraction of the product's pricing unit; 0.001 by default (1 kg when priced per tonne).</summary>
    public decimal VolumeResolution { get; set; } = 0.001m;

    /// <summary>
    /// The years to plan, first and last inclusive, or <see langword="null"/> (the default) to plan one
    /// representative year, as a one-year network: each contract holds one annual volume over its whole tenor.
    /// </summary>
    public DeliveryWindow? PlanningHorizon { get; set; }

    /// <summary>The yearly discount rate for later years' value, 0 to 1; year <c>y</c> of the horizon weighs <c>1/(1+rate)^(y−first)</c>; 0 by default.</summary>
    public decimal DiscountRate { get; set; }

    /// <summary>Values are rounded to this many US dollars per allocation step before solving; 0.000001 by default.</summary>
    /// <remarks>The allocation is exactly optimal for the rounded values; the error is at most this times the number of steps.</remarks>
    public decimal ValueResolution { get; set; } = 0.000001m;

    /// <summary>Copies every setting to <paramref name="target"/> (what <c>MineralsMatchBuilder.WithOptions</c> configures).</summary>
    internal void CopyTo(MatchingOptions target)
    {
        target.Objective = Objective;
        target.Pricing = Pricing;
        target.BargainingShare = BargainingShare;
        target.VolumeFlexibility = VolumeFlexibility;
        target.RiskAversion = RiskAversion;
        target.PriorityPremiumPerLevel = PriorityPremiumPerLevel;
        target.IndexLinkedFromYears = IndexLinkedFromYears;
        target.VolumeResolution = VolumeResolution;
        target.PlanningHorizon = PlanningHorizon;
        target.DiscountRate = DiscountRate;
        target.ValueResolution = ValueResolution;
    }
}
