using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Scenarios.Documents;
using MineralsMatch.Validation;

namespace MineralsMatch.Scenarios;

/// <summary>
/// Turns a deserialized document into domain values, collecting what the serializer cannot check (enumeration
/// names, null array elements, first/last year order, the schema version) as <see cref="InputError"/>s.
/// </summary>
/// <remarks>Where a value is wrong, a harmless stand-in is used so that every other error can still be found.</remarks>
internal sealed partial class DocumentReader
{
    public List<InputError> Errors { get; } = [];

    public Scenario ReadScenario(ScenarioDocument document)
    {
        SchemaVersion(document.SchemaVersion);
        var market = new Market
        {
            Name = document.Name,
            Description = document.Description,
            Catalog = document.Catalog is { } catalog
                ? ReadContent(catalog.Sources, catalog.Minerals, catalog.Lists, catalog.Production, catalog.Parties, "$.catalog")
                : CatalogContent.Empty,
            Parties = Items(document.Parties, "$.parties", ReadParty),
            Hubs = Items(document.Hubs, "$.hubs", ReadHub),
            Routes = Items(document.Routes, "$.routes", ReadRoute),
            Offers = Items(document.Offers, "$.offers", ReadOffer),
            Requirements = Items(document.Requirements, "$.requirements", ReadRequirement),
            ReferenceDeals = Items(document.ReferenceDeals, "$.referenceDeals", ReadReferenceDeal),
            Policies = Items(document.Policies, "$.policies", ReadMeasure),
            BaselineImports = Items(document.BaselineImports, "$.baselineImports", ReadBaselineImports),
        };
        return new Scenario
        {
            Market = market,
            Options = document.Options is { } options ? ReadOptions(options, "$.options") : null,
            Stress = Items(document.Stress, "$.stress", ReadShockSet),
        };
    }

    public CatalogContent ReadCatalog(CatalogDocument document)
    {
        SchemaVersion(document.SchemaVersion);
        return ReadContent(document.Sources, document.Minerals, document.Lists, document.Production, document.Parties, "$");
    }

    private void SchemaVersion(int version)
    {
        if (version != 1)
        {
            Fail("$.schemaVersion", RuleCodes.SchemaVersion, "must be 1 (the only version this library reads)", InputRules.Text(version));
        }
    }

    private CatalogContent ReadContent(
        IReadOnlyList<SourceDocument>? sources,
        IReadOnlyList<MineralDocument>? minerals,
        IReadOnlyList<ListDocument>? lists,
        IReadOnlyList<ProductionDocument>? production,
        IReadOnlyList<PartyDocument>? parties,
        string path) => new()
        {
            Sources = Items(sources, path + ".sources", ReadSource),
            Minerals = Items(minerals, path + ".minerals", ReadMineral),
            Lists = Items(lists, path + ".lists", ReadList),
            Production = Items(production, path + ".production", ReadProduction),
            Parties = Items(parties, path + ".parties", ReadParty),
        };

    private Source ReadSource(SourceDocument d, string path)
    {
        Uri? url = null;
        if (d.Url is { } text && !Uri.TryCreate(text, UriKind.Absolute, out url))
        {
            Fail(path + ".url", RuleCodes.Format, "must be an absolute http or https URL", text);
        }

        return new Source { Key = d.Key, Title = d.Title, Publisher = d.Publisher, Date = d.Date, Url = url };
    }

    private Citation ReadCitation(CitationDocument d, string path) =>
        new() { Source = d.Source, Supports = d.Supports, Inferred = d.Inferred ?? false };

    private Mineral ReadMineral(MineralDocument d, string path) => new()
    {
        Id = d.Id,
        Name = d.Name,
        Symbol = d.Symbol,
        Group = Enum(JsonEnums.Groups, d.Group, path + ".group"),
        HsCodes = Items(d.HsCodes, path + ".hsCodes", (h, _) => new HsCode { Code = h.Code, Description = h.Description, Confirmed = h.Confirmed }),
        Cas = d.Cas,
        Note = d.Note,
        Citations = Items(d.Citations, path + ".citations", ReadCitation),
        Products = Items(d.Products, path + ".products", (p, productPath) => ReadProduct(p, d.Id, productPath)),
    };

    private Product ReadProduct(ProductDocument d, string mineral, string path) => new()
    {
        Id = d.Id,
        Mineral = mineral,
        Name = d.Name,
        Form = Enum(JsonEnums.Forms, d.Form, path + ".form"),
        PricingUnit = Enum(JsonEnums.Units, d.PricingUnit, path + ".pricingUnit"),
        PriceBasis = d.PriceBasis ?? "gross",
        Content = d.Content,
        HsCode = d.HsCode,
        Cas = d.Cas,
        Citations = Items(d.Citations, path + ".citations", ReadCitation),
    };

    private CriticalityList ReadList(ListDocument d, string path) => new()
    {
        Id = d.Id,
        Name = d.Name,
        Description = d.Description,
        Inferred = d.Inferred ?? false,
        Members = Strings(d.Members, path + ".members"),
        Citations = Items(d.Citations, path + ".citations", ReadCitation),
    };

    private ProductionRecord ReadProduction(ProductionDocument d, string path) => new()
    {
        Mineral = d.Mineral,
        Country = d.Country,
        Status = Enum(JsonEnums.Statuses, d.Status, path + ".status"),
        Producers = Strings(d.Producers, path + ".producers"),
        Sites = Strings(d.Sites, path + ".sites"),
        Note = d.Note,
        Citations = Items(d.Citations, path + ".citations", ReadCitation),
    };

    private Party ReadParty(PartyDocument d, string path)
    {
        var roles = PartyRoles.None;
        for (var i = 0; i < d.Roles.Count; i++)
        {
            var role = Enum(JsonEnums.Roles, d.Roles[i], $"{path}.roles[{i}]");
            if (role != PartyRoles.None && (roles & role) == role)
            {
                Fail($"{path}.roles[{i}]", RuleCodes.Duplicate, "repeats a role (roles must be unique)", d.Roles[i]);
            }

            roles |= role;
        }

        return new Party
        {
            Id = d.Id,
            Name = d.Name,
            Country = d.Country,
            Roles = roles,
            Produces = Strings(d.Produces, path + ".produces"),
            Buys = Strings(d.Buys, path + ".buys"),
            Note = d.Note,
            Citations = Items(d.Citations, path + ".citations", ReadCitation),
        };
    }

    private Hub ReadHub(HubDocument d, string path) =>
        new() { Id = d.Id, Name = d.Name, Country = d.Country, Kind = Enum(JsonEnums.HubKinds, d.Kind, path + ".kind") };

    private Route ReadRoute(RouteDocument d, string path) => new()
    {
        Id = d.Id,
        Name = d.Name,
        Note = d.Note,
        Tags = Strings(d.Tags, path + ".tags"),
        MaxAnnualVolume = d.MaxAnnualVolume is { } capacity ? ReadQuantity(capacity, path + ".maxAnnualVolume") : null,
        SharedAnnualCapacity = d.SharedAnnualCapacity is { } shared ? ReadQuantity(shared, path + ".sharedAnnualCapacity") : null,
        Legs = Items(d.Legs, path + ".legs", (l, legPath) => new RouteLeg
        {
            From = l.From,
            To = l.To,
            Mode = Enum(JsonEnums.Modes, l.Mode, legPath + ".mode"),
            CostPerTonne = l.CostPerTonne,
            Days = l.Days,
            Risk = l.Risk ?? 0m,
            TransitCountry = l.TransitCountry,
        }),
    };

    private MatchingOptions ReadOptions(OptionsDocument d, string path)
    {
        var defaults = MatchingOptions.Default;
        return new MatchingOptions
        {
            Objective = d.Objective is { } objective ? Enum(JsonEnums.Objectives, objective, path + ".objective") : defaults.Objective,
            Pricing = d.Pricing is { } pricing ? Enum(JsonEnums.Pricings, pricing, path + ".pricing") : defaults.Pricing,
            BargainingShare = d.BargainingShare ?? defaults.BargainingShare,
            VolumeFlexibility = d.VolumeFlexibility ?? defaults.VolumeFlexibility,
            RiskAversion = d.RiskAversion ?? defaults.RiskAversion,
            PriorityPremiumPerLevel = d.PriorityPremiumPerLevel ?? defaults.PriorityPremiumPerLevel,
            IndexLinkedFromYears = d.IndexLinkedFromYears ?? defaults.IndexLinkedFromYears,
            VolumeResolution = d.VolumeResolution ?? defaults.VolumeResolution,
            ValueResolution = d.ValueResolution ?? defaults.ValueResolution,
            PlanningHorizon = d.Horizon is { } horizon ? ReadWindow(horizon, path + ".horizon") : null,
            DiscountRate = d.DiscountRate ?? defaults.DiscountRate,
        };
    }

    private List<TOut> Items<TIn, TOut>(IReadOnlyList<TIn?>? items, string path, Func<TIn, string, TOut> read)
        where TIn : class
    {
        var result = new List<TOut>(items?.Count ?? 0);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var itemPath = JsonPaths.Element(path, i);
            if (items![i] is { } item)
            {
                result.Add(read(item, itemPath));
            }
            else
            {
                Fail(itemPath, RuleCodes.Required, "must not be null", null);
            }
        }

        return result;
    }

    private List<string> Strings(IReadOnlyList<string?>? items, string path) => Items(items, path, (s, _) => s);

    private T Enum<T>(JsonEnum<T> spelling, string name, string path)
        where T : struct, System.Enum
    {
        if (spelling.TryParse(name, out var value))
        {
            return value;
        }

        Fail(path, RuleCodes.UnknownValue, $"unknown value '{name}' (allowed: {spelling.Allowed})", name);
        return default;
    }

    private void Fail(string path, string rule, string message, string? attemptedValue) =>
        Errors.Add(new InputError { Path = path, Rule = rule, Message = message, AttemptedValue = attemptedValue });
}
