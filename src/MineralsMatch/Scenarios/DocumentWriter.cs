using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Scenarios.Documents;

namespace MineralsMatch.Scenarios;

/// <summary>
/// Turns domain values into documents for writing: lists in the order held, empty optional lists and default
/// flags left out, so the output is canonical.
/// </summary>
internal static partial class DocumentWriter
{
    public static ScenarioDocument Write(Market market, MatchingOptions? options, IReadOnlyList<Stress.ShockSet>? stress = null)
    {
        var catalog = market.Catalog ?? CatalogContent.Empty;
        return new ScenarioDocument
        {
            SchemaVersion = 1,
            Name = market.Name,
            Description = market.Description,
            Catalog = catalog.IsEmpty ? null : new CatalogAdditionsDocument
            {
                Sources = List(catalog.Sources, WriteSource),
                Minerals = List(catalog.Minerals, WriteMineral),
                Lists = List(catalog.Lists, WriteList),
                Production = List(catalog.Production, WriteProduction),
                Parties = List(catalog.Parties, WriteParty),
            },
            Options = options is null ? null : WriteOptions(options),
            Parties = List(market.Parties, WriteParty),
            Hubs = List(market.Hubs, h => new HubDocument { Id = h.Id, Name = h.Name, Country = h.Country, Kind = JsonEnums.HubKinds.Name(h.Kind) }),
            Routes = List(market.Routes, WriteRoute),
            Offers = List(market.Offers, WriteOffer),
            Requirements = List(market.Requirements, WriteRequirement),
            ReferenceDeals = List(market.ReferenceDeals, WriteReferenceDeal),
            Policies = List(market.Policies, WriteMeasure),
            BaselineImports = List(market.BaselineImports, WriteBaselineImports),
            Stress = List(stress ?? [], s => (StressDocument?)WriteShockSet(s)),
        };
    }

    public static CatalogDocument Write(CatalogContent content) => new()
    {
        SchemaVersion = 1,
        Sources = List(content.Sources, WriteSource),
        Minerals = List(content.Minerals, WriteMineral),
        Lists = List(content.Lists, WriteList),
        Production = List(content.Production, WriteProduction),
        Parties = List(content.Parties, WriteParty),
    };

    private static SourceDocument WriteSource(Source s) =>
        new() { Key = s.Key, Title = s.Title, Publisher = s.Publisher, Date = s.Date, Url = s.Url?.OriginalString };

    private static CitationDocument WriteCitation(Citation c) =>
        new() { Source = c.Source, Supports = c.Supports, Inferred = c.Inferred ? true : null };

    private static MineralDocument WriteMineral(Mineral m) => new()
    {
        Id = m.Id,
        Name = m.Name,
        Symbol = m.Symbol,
        Group = JsonEnums.Groups.Name(m.Group),
        HsCodes = List(m.HsCodes, h => new HsCodeDocument { Code = h.Code, Description = h.Description, Confirmed = h.Confirmed }),
        Cas = m.Cas,
        Note = m.Note,
        Citations = List(m.Citations, WriteCitation),
        Products = List(m.Products, WriteProduct),
    };

    private static ProductDocument WriteProduct(Product p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Form = JsonEnums.Forms.Name(p.Form),
        PricingUnit = JsonEnums.Units.Name(p.PricingUnit),
        PriceBasis = p.IsPricedGross ? null : p.PriceBasis,
        Content = p.Content,
        HsCode = p.HsCode,
        Cas = p.Cas,
        Citations = List(p.Citations, WriteCitation),
    };

    private static ListDocument WriteList(CriticalityList l) => new()
    {
        Id = l.Id,
        Name = l.Name,
        Description = l.Description,
        Inferred = l.Inferred ? true : null,
        Members = List(l.Members, m => m),
        Citations = List(l.Citations, WriteCitation),
    };

    private static ProductionDocument WriteProduction(ProductionRecord p) => new()
    {
        Mineral = p.Mineral,
        Country = p.Country,
        Status = JsonEnums.Statuses.Name(p.Status),
        Producers = List(p.Producers, s => s),
        Sites = List(p.Sites, s => s),
        Note = p.Note,
        Citations = List(p.Citations, WriteCitation),
    };

    private static PartyDocument WriteParty(Party p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Country = p.Country,
        Roles = [.. JsonEnums.Roles.Names.Where(name => JsonEnums.Roles.TryParse(name, out var role) && p.Roles.HasFlag(role))],
        Produces = List(p.Produces, s => s),
        Buys = List(p.Buys, s => s),
        Note = p.Note,
        Citations = List(p.Citations, WriteCitation),
    };

    private static RouteDocument WriteRoute(Route r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Note = r.Note,
        Tags = List(r.Tags, s => (string?)s),
        MaxAnnualVolume = r.MaxAnnualVolume is { } capacity ? WriteQuantity(capacity) : null,
        SharedAnnualCapacity = r.SharedAnnualCapacity is { } shared ? WriteQuantity(shared) : null,
        Legs = [.. r.Legs.Select(l => new LegDocument
        {
            From = l.From,
            To = l.To,
            Mode = JsonEnums.Modes.Name(l.Mode),
            CostPerTonne = l.CostPerTonne,
            Days = l.Days,
            Risk = l.Risk,
            TransitCountry = l.TransitCountry,
        })],
    };

    private static OptionsDocument WriteOptions(MatchingOptions o) => new()
    {
        Objective = JsonEnums.Objectives.Name(o.Objective),
        Pricing = o.Pricing == PricingPolicy.Pair ? null : JsonEnums.Pricings.Name(o.Pricing),
        BargainingShare = o.BargainingShare,
        VolumeFlexibility = o.VolumeFlexibility,
        RiskAversion = o.RiskAversion,
        PriorityPremiumPerLevel = o.PriorityPremiumPerLevel,
        IndexLinkedFromYears = o.IndexLinkedFromYears,
        VolumeResolution = o.VolumeResolution,
        ValueResolution = o.ValueResolution,
        Horizon = o.PlanningHorizon is { } horizon ? new WindowDocument { FirstYear = horizon.FirstYear, LastYear = horizon.LastYear } : null,
        DiscountRate = o.DiscountRate == 0m ? null : o.DiscountRate,
    };

    private static List<TOut>? List<TIn, TOut>(IReadOnlyList<TIn>? items, Func<TIn, TOut> write) =>
        items is null || items.Count == 0 ? null : [.. items.Select(write)];
}
