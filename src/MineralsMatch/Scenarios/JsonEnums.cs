using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Policies;

namespace MineralsMatch.Scenarios;

/// <summary>How each enumeration of the domain is spelled in scenario and catalog files.</summary>
internal static class JsonEnums
{
    public static JsonEnum<MineralGroup> Groups { get; } = new(JsonEnum<MineralGroup>.Kebab);

    public static JsonEnum<ProductForm> Forms { get; } = new(JsonEnum<ProductForm>.Kebab);

    public static JsonEnum<QuantityUnit> Units { get; } = new(QuantityUnitExtensions.Symbol);

    public static JsonEnum<ProductionStatus> Statuses { get; } = new(JsonEnum<ProductionStatus>.Kebab);

    public static JsonEnum<PartyRoles> Roles { get; } = new(JsonEnum<PartyRoles>.Kebab, [PartyRoles.Producer, PartyRoles.Buyer, PartyRoles.Trader, PartyRoles.Agency]);

    public static JsonEnum<HubKind> HubKinds { get; } = new(JsonEnum<HubKind>.Kebab);

    public static JsonEnum<TransportMode> Modes { get; } = new(JsonEnum<TransportMode>.Kebab);

    public static JsonEnum<Incoterm> Incoterms { get; } = new(IncotermExtensions.Code);

    public static JsonEnum<MatchObjective> Objectives => MatchObjectives.Spelling;

    public static JsonEnum<PricingPolicy> Pricings => PricingPolicies.Spelling;

    public static JsonEnum<EndUse> EndUses => Markets.EndUses.Spelling;

    public static JsonEnum<MeasureKind> MeasureKinds { get; } = new(JsonEnum<MeasureKind>.Kebab);

    public static JsonEnum<Stress.PriceSide> PriceSides { get; } = new(JsonEnum<Stress.PriceSide>.Kebab);

    public static JsonEnum<ReasonKind> ReasonKinds => Matching.ReasonKinds.Spelling;

    /// <summary>A value as the file spells it; role sets as names joined by commas (<c>none</c> when empty).</summary>
    public static string Describe(Enum value) => value switch
    {
        PartyRoles roles => roles == PartyRoles.None
            ? "none"
            : string.Join(", ", Roles.Names.Where(n => Roles.TryParse(n, out var role) && roles.HasFlag(role))),
        MineralGroup v => Spell(Groups, v),
        ProductForm v => Spell(Forms, v),
        QuantityUnit v => Spell(Units, v),
        ProductionStatus v => Spell(Statuses, v),
        HubKind v => Spell(HubKinds, v),
        TransportMode v => Spell(Modes, v),
        Incoterm v => Spell(Incoterms, v),
        MatchObjective v => Spell(Objectives, v),
        PricingPolicy v => Spell(Pricings, v),
        EndUse v => Spell(EndUses, v),
        MeasureKind v => Spell(MeasureKinds, v),
        _ => value.ToString(),
    };

    private static string Spell<T>(JsonEnum<T> spelling, T value)
        where T : struct, Enum => spelling.Names.FirstOrDefault(n => spelling.TryParse(n, out var v) && v.Equals(value)) ?? value.ToString();

    /// <summary>The spelling of <typeparamref name="T"/>.</summary>
    public static JsonEnum<T> For<T>()
        where T : struct, Enum => (JsonEnum<T>)(object)(typeof(T) switch
        {
            var t when t == typeof(MineralGroup) => Groups,
            var t when t == typeof(ProductForm) => Forms,
            var t when t == typeof(QuantityUnit) => Units,
            var t when t == typeof(ProductionStatus) => Statuses,
            var t when t == typeof(PartyRoles) => Roles,
            var t when t == typeof(HubKind) => HubKinds,
            var t when t == typeof(TransportMode) => Modes,
            var t when t == typeof(Incoterm) => Incoterms,
            var t when t == typeof(MatchObjective) => Objectives,
            var t when t == typeof(PricingPolicy) => Pricings,
            var t when t == typeof(EndUse) => EndUses,
            var t when t == typeof(MeasureKind) => MeasureKinds,
            var t when t == typeof(Stress.PriceSide) => PriceSides,
            var t when t == typeof(ReasonKind) => ReasonKinds,
            _ => throw new ArgumentOutOfRangeException(nameof(T), typeof(T), "No file spelling for this enumeration."),
        });
}
