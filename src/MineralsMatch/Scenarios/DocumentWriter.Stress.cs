using MineralsMatch.Scenarios.Documents;
using MineralsMatch.Stress;

namespace MineralsMatch.Scenarios;

/// <summary>The stress part of the writer.</summary>
internal static partial class DocumentWriter
{
    private static StressDocument WriteShockSet(ShockSet s) => new()
    {
        Name = s.Name,
        Description = s.Description,
        Probability = s.Probability,
        Source = s.Source,
        Estimate = s.Estimate ? true : null,
        Note = s.Note,
        Shocks = [.. s.Shocks.Select(WriteShock)],
    };

    private static ShockDocument WriteShock(Shock shock) => shock switch
    {
        RouteClosure c => new ShockDocument
        {
            Kind = c.Kind,
            Routes = Strings(c.Routes),
            Legs = List(c.Legs, l => (LegReferenceDocument?)new LegReferenceDocument { From = l.From, To = l.To }),
            Hubs = Strings(c.Hubs),
            Tags = Strings(c.Tags),
        },
        TradeMeasureShock t => new ShockDocument { Kind = t.Kind, Measure = WriteMeasure(t.Measure) },
        ProductionShock p => new ShockDocument
        {
            Kind = p.Kind,
            Offers = Strings(p.Offers),
            Producers = Strings(p.Producers),
            Countries = Strings(p.Countries),
            Products = Strings(p.Products),
            ChangePercent = p.ChangePercent,
            DelayQuarters = p.DelayQuarters,
        },
        DemandShock d => new ShockDocument
        {
            Kind = d.Kind,
            Requirements = Strings(d.Requirements),
            Buyers = Strings(d.Buyers),
            Products = Strings(d.Products),
            ChangePercent = d.ChangePercent,
        },
        PriceShock p => new ShockDocument { Kind = p.Kind, Side = JsonEnums.PriceSides.Name(p.Side), Products = Strings(p.Products), ChangePercent = p.ChangePercent },
        FreightShock f => new ShockDocument
        {
            Kind = f.Kind,
            Modes = List(f.Modes, m => (string?)JsonEnums.Modes.Name(m)),
            Legs = List(f.Legs, l => (LegReferenceDocument?)new LegReferenceDocument { From = l.From, To = l.To }),
            ChangePercent = f.ChangePercent,
        },
        _ => throw new ArgumentException($"A shock of type {shock.GetType().Name} cannot be written to a scenario file; only the built-in kinds can.", nameof(shock)),
    };

    private static List<string?>? Strings(IReadOnlyList<string> items) => List(items, s => (string?)s);
}
