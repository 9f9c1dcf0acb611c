using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios.Documents;

namespace MineralsMatch.Scenarios;

/// <summary>The offer and requirement half of the writer.</summary>
internal static partial class DocumentWriter
{
    private static OfferDocument WriteOffer(SupplyOffer o) => new()
    {
        Id = o.Id,
        Producer = o.Producer,
        Product = o.Product,
        Grade = WriteGrade(o.Grade),
        AnnualVolume = WriteQuantity(o.AnnualVolume),
        CapacityByYear = o.CapacityByYear is { } capacity ? WriteProfile(capacity) : null,
        MinAnnualVolume = o.MinAnnualVolume is { } least ? WriteQuantity(least) : null,
        Window = new WindowDocument { FirstYear = o.Window.FirstYear, LastYear = o.Window.LastYear },
        Tenor = new TenorDocument { MinYears = o.Tenor.MinYears, MaxYears = o.Tenor.MaxYears },
        Ask = WritePrice(o.Ask),
        OriginHub = o.OriginHub,
        Incoterms = List(o.Incoterms, JsonEnums.Incoterms.Name),
        ExcludedBuyers = List(o.ExcludedBuyers, s => s),
        ExcludedCountries = List(o.ExcludedCountries, s => s),
        Attributes = WriteAttributes(o.Attributes),
        Note = o.Note,
    };

    private static RequirementDocument WriteRequirement(Requirement r) => new()
    {
        Id = r.Id,
        Buyer = r.Buyer,
        Product = r.Product,
        Spec = WriteGrade(r.Spec),
        AnnualVolume = WriteQuantity(r.AnnualVolume),
        DemandByYear = r.DemandByYear is { } demand ? WriteProfile(demand) : null,
        MinAnnualVolume = r.MinAnnualVolume is { } least ? WriteQuantity(least) : null,
        Window = new WindowDocument { FirstYear = r.Window.FirstYear, LastYear = r.Window.LastYear },
        Tenor = new TenorDocument { MinYears = r.Tenor.MinYears, MaxYears = r.Tenor.MaxYears },
        Bid = WritePrice(r.Bid),
        DestinationHub = r.DestinationHub,
        Priority = r.Priority,
        EndUse = r.EndUse is { } endUse ? JsonEnums.EndUses.Name(endUse) : null,
        MaxShareFromSupplier = r.MaxShareFromSupplier,
        MaxShareFromCountry = r.MaxShareFromCountry,
        Incoterms = List(r.Incoterms, JsonEnums.Incoterms.Name),
        ExcludedRoutes = List(r.ExcludedRoutes, s => s),
        ExcludedTransitCountries = List(r.ExcludedTransitCountries, s => s),
        ExcludedOriginCountries = List(r.ExcludedOriginCountries, s => s),
        ExcludedSuppliers = List(r.ExcludedSuppliers, s => s),
        Attributes = WriteAttributes(r.Attributes),
        Note = r.Note,
    };

    private static ReferenceDealDocument WriteReferenceDeal(ReferenceDeal d) => new()
    {
        Id = d.Id,
        Supplier = d.Supplier,
        Buyer = d.Buyer,
        Product = d.Product,
        AnnualVolume = WriteQuantity(d.AnnualVolume),
        StartYear = d.StartYear,
        TenorYears = d.TenorYears,
        Source = d.Source,
        Note = d.Note,
    };

    private static BaselineImportsDocument WriteBaselineImports(BaselineImports b) => new()
    {
        Mineral = b.Mineral,
        Importer = b.Importer,
        Year = b.Year,
        Quantity = WriteQuantity(b.Quantity),
        Shares = [.. b.Shares.Select(s => new CountryShareDocument { Country = s.Country, Share = s.Share })],
        Source = b.Source,
        Estimate = b.Estimate ? true : null,
        Note = b.Note,
    };

    private static QuantityDocument WriteQuantity(Quantity q) => new() { Amount = q.Amount, Unit = JsonEnums.Units.Name(q.Unit) };

    private static ProfileDocument WriteProfile(YearlyProfile p) => new()
    {
        StartQuarter = p.StartQuarter == 1 ? null : p.StartQuarter,
        Years = [.. p.Years.Select(y => new YearAmountDocument { Year = y.Year, Amount = y.Amount })],
    };

    private static PriceDocument WritePrice(Price p) => new() { Usd = p.Usd, Per = JsonEnums.Units.Name(p.Unit) };

    private static GradeDocument? WriteGrade(GradeSpec? grade) => grade is null || grade == GradeSpec.Any ? null : new GradeDocument
    {
        Form = grade.Form is { } form ? JsonEnums.Forms.Name(form) : null,
        MinContent = grade.MinContent,
        MaxImpuritiesPpm = grade.MaxImpuritiesPpm.Count == 0 ? null : new SortedDictionary<string, decimal>(grade.MaxImpuritiesPpm.ToDictionary(), StringComparer.Ordinal),
    };

    private static SortedDictionary<string, string?>? WriteAttributes(IReadOnlyDictionary<string, string> attributes) =>
        attributes.Count == 0 ? null : new(attributes.ToDictionary(a => a.Key, a => (string?)a.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
