using MineralsMatch.Logistics;
using MineralsMatch.Policies;
using MineralsMatch.Scenarios.Documents;
using MineralsMatch.Stress;
using MineralsMatch.Validation;

namespace MineralsMatch.Scenarios;

/// <summary>The stress part of the reader: shock sets and shocks, with each kind's keys checked.</summary>
internal sealed partial class DocumentReader
{
    private const string Closure = "closure";
    private const string TradeMeasureKind = "trade-measure";
    private const string Production = "production";
    private const string Demand = "demand";
    private const string PriceKind = "price";
    private const string Freight = "freight";

    private static readonly string[] ShockKinds = [Closure, TradeMeasureKind, Production, Demand, PriceKind, Freight];

    private ShockSet ReadShockSet(StressDocument d, string path) => new()
    {
        Name = d.Name,
        Description = d.Description,
        Probability = d.Probability,
        Source = d.Source,
        Estimate = d.Estimate ?? false,
        Note = d.Note,
        Shocks = Items(d.Shocks, path + ".shocks", ReadShock),
    };

    // An unreadable shock becomes an empty closure, a harmless stand-in, so the set's other checks still run.
    private Shock ReadShock(ShockDocument d, string path)
    {
        if (!ShockKinds.Contains(d.Kind, StringComparer.Ordinal))
        {
            Fail(path + ".kind", RuleCodes.UnknownValue, $"unknown value '{d.Kind}' (allowed: {string.Join(", ", ShockKinds.Select(k => "'" + k + "'"))})", d.Kind);
            return new RouteClosure();
        }

        OnlyFor(d, path);
        switch (d.Kind)
        {
            case Closure:
                if (Empty(d.Routes) && Empty(d.Legs) && Empty(d.Hubs) && Empty(d.Tags))
                {
                    Fail(path, RuleCodes.Required, "a closure needs at least one of routes, legs, hubs, tags", null);
                }

                return new RouteClosure
                {
                    Routes = Strings(d.Routes, path + ".routes"),
                    Legs = LegReferences(d.Legs, path + ".legs"),
                    Hubs = Strings(d.Hubs, path + ".hubs"),
                    Tags = Strings(d.Tags, path + ".tags"),
                };
            case TradeMeasureKind:
                if (d.Measure is null)
                {
                    Fail(path, RuleCodes.Required, "missing required key 'measure' for kind 'trade-measure'", null);
                    return new RouteClosure();
                }

                return new TradeMeasureShock { Measure = ReadMeasure(d.Measure, path + ".measure") };
            case Production:
                if ((d.ChangePercent is null) == (d.DelayQuarters is null))
                {
                    Fail(path, d.ChangePercent is null ? RuleCodes.Required : RuleCodes.Inconsistent, "a production shock needs exactly one of changePercent, delayQuarters", null);
                }

                return new ProductionShock
                {
                    Offers = Strings(d.Offers, path + ".offers"),
                    Producers = Strings(d.Producers, path + ".producers"),
                    Countries = Strings(d.Countries, path + ".countries"),
                    Products = Strings(d.Products, path + ".products"),
                    ChangePercent = d.ChangePercent,
                    DelayQuarters = d.DelayQuarters,
                };
            case Demand:
                return new DemandShock
                {
                    Requirements = Strings(d.Requirements, path + ".requirements"),
                    Buyers = Strings(d.Buyers, path + ".buyers"),
                    Products = Strings(d.Products, path + ".products"),
                    ChangePercent = Change(d, path),
                };
            case PriceKind:
                if (d.Side is null)
                {
                    Fail(path, RuleCodes.Required, "missing required key 'side' for kind 'price'", null);
                }

                return new PriceShock
                {
                    Side = d.Side is null ? PriceSide.Asks : Enum(JsonEnums.PriceSides, d.Side, path + ".side"),
                    Products = Strings(d.Products, path + ".products"),
                    ChangePercent = Change(d, path),
                };
            default:
                return new FreightShock
                {
                    Modes = Items(d.Modes, path + ".modes", (name, itemPath) => Enum(JsonEnums.Modes, name, itemPath)),
                    Legs = LegReferences(d.Legs, path + ".legs"),
                    ChangePercent = Change(d, path),
                };
        }
    }

    private decimal Change(ShockDocument d, string path)
    {
        if (d.ChangePercent is { } change)
        {
            return change;
        }

        Fail(path, RuleCodes.Required, $"missing required key 'changePercent' for kind '{d.Kind}'", null);
        return 0m;
    }

    private List<LegReference> LegReferences(IReadOnlyList<LegReferenceDocument?>? legs, string path) =>
        Items(legs, path, (l, _) => new LegReference(l.From, l.To));

    private void OnlyFor(ShockDocument d, string path)
    {
        (string Key, bool Given, string[] Kinds)[] keys =
        [
            ("routes", d.Routes is not null, [Closure]),
            ("legs", d.Legs is not null, [Closure, Freight]),
            ("hubs", d.Hubs is not null, [Closure]),
            ("tags", d.Tags is not null, [Closure]),
            ("measure", d.Measure is not null, [TradeMeasureKind]),
            ("offers", d.Offers is not null, [Production]),
            ("producers", d.Producers is not null, [Production]),
            ("countries", d.Countries is not null, [Production]),
            ("requirements", d.Requirements is not null, [Demand]),
            ("buyers", d.Buyers is not null, [Demand]),
            ("products", d.Products is not null, [Production, Demand, PriceKind]),
            ("side", d.Side is not null, [PriceKind]),
            ("modes", d.Modes is not null, [Freight]),
            ("changePercent", d.ChangePercent is not null, [Production, Demand, PriceKind, Freight]),
            ("delayQuarters", d.DelayQuarters is not null, [Production]),
        ];
        foreach (var (key, given, kinds) in keys)
        {
            if (given && !kinds.Contains(d.Kind, StringComparer.Ordinal))
            {
                Fail(path + "." + key, RuleCodes.Inconsistent, $"applies only to kind{(kinds.Length > 1 ? "s" : string.Empty)} {string.Join(", ", kinds.Select(k => "'" + k + "'"))}, not '{d.Kind}'", null);
            }
        }
    }

    private static bool Empty<T>(IReadOnlyList<T>? items) => items is null || items.Count == 0;
}
