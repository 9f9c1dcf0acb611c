using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Policies;

namespace MineralsMatch.Scenarios;

/// <summary>How each enumeration of the domain is spelled in scenario and catalog files: short names for the one spelling, <see cref="JsonEnum{T}.Default"/>.</summary>
internal static class JsonEnums
{
    public static JsonEnum<MineralGroup> Groups => JsonEnum<MineralGroup>.Default;

    public static JsonEnum<ProductForm> Forms => JsonEnum<ProductForm>.Default;

    public static JsonEnum<QuantityUnit> Units => JsonEnum<QuantityUnit>.Default;

    public static JsonEnum<ProductionStatus> Statuses => JsonEnum<ProductionStatus>.Default;

    public static JsonEnum<PartyRoles> Roles => JsonEnum<PartyRoles>.Default;

    public static JsonEnum<HubKind> HubKinds => JsonEnum<HubKind>.Default;

    public static JsonEnum<TransportMode> Modes => JsonEnum<TransportMode>.Default;

    public static JsonEnum<Incoterm> Incoterms => JsonEnum<Incoterm>.Default;

    public static JsonEnum<MatchObjective> Objectives => JsonEnum<MatchObjective>.Default;

    public static JsonEnum<PricingPolicy> Pricings => JsonEnum<PricingPolicy>.Default;

    public static JsonEnum<EndUse> EndUses => JsonEnum<EndUse>.Default;

    public static JsonEnum<MeasureKind> MeasureKinds => JsonEnum<MeasureKind>.Default;

    public static JsonEnum<Stress.PriceSide> PriceSides => JsonEnum<Stress.PriceSide>.Default;

    public static JsonEnum<ReasonKind> ReasonKinds => JsonEnum<ReasonKind>.Default;

    /// <summary>A value as the file spells it; role sets as names joined by commas (<c>none</c> when empty).</summary>
    public static string Describe(Enum value) => EnumSpelling.Describe(value);

    /// <summary>The spelling of <typeparamref name="T"/>, one of this library's enumerations; another has no file spelling.</summary>
    public static JsonEnum<T> For<T>()
        where T : struct, Enum => typeof(T).Assembly == typeof(JsonEnums).Assembly
            ? JsonEnum<T>.Default
            : throw new ArgumentOutOfRangeException(nameof(T), typeof(T), "No file spelling for this enumeration.");
}
