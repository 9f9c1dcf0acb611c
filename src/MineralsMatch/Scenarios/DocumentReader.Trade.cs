using MineralsMatch.Collections;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Scenarios.Documents;
using MineralsMatch.Validation;

namespace MineralsMatch.Scenarios;

/// <summary>The offer and requirement half of the reader: quantities, prices, windows, tenors and grades.</summary>
internal sealed partial class DocumentReader
{
    private SupplyOffer ReadOffer(OfferDocument d, string path) => new()
    {
        Id = d.Id,
        Producer = d.Producer,
        Product = d.Product,
        Grade = d.Grade is { } grade ? ReadGrade(grade, path + ".grade") : GradeSpec.Any,
        AnnualVolume = ReadQuantity(d.AnnualVolume, path + ".annualVolume"),
        CapacityByYear = d.CapacityByYear is { } capacity ? ReadProfile(capacity, path + ".capacityByYear") : null,
        MinAnnualVolume = d.MinAnnualVolume is { } least ? ReadQuantity(least, path + ".minAnnualVolume") : null,
        Window = ReadWindow(d.Window, path + ".window"),
        Tenor = ReadTenor(d.Tenor, path + ".tenor"),
        Ask = ReadPrice(d.Ask, path + ".ask"),
        OriginHub = d.OriginHub,
        Incoterms = Items(d.Incoterms, path + ".incoterms", (name, itemPath) => Enum(JsonEnums.Incoterms, name, itemPath)),
        ExcludedBuyers = Strings(d.ExcludedBuyers, path + ".excludedBuyers"),
        ExcludedCountries = Strings(d.ExcludedCountries, path + ".excludedCountries"),
        Attributes = ReadAttributes(d.Attributes, path + ".attributes"),
        Note = d.Note,
    };

    private Requirement ReadRequirement(RequirementDocument d, string path) => new()
    {
        Id = d.Id,
        Buyer = d.Buyer,
        Product = d.Product,
        Spec = d.Spec is { } spec ? ReadGrade(spec, path + ".spec") : GradeSpec.Any,
        AnnualVolume = ReadQuantity(d.AnnualVolume, path + ".annualVolume"),
        DemandByYear = d.DemandByYear is { } demand ? ReadProfile(demand, path + ".demandByYear") : null,
        MinAnnualVolume = d.MinAnnualVolume is { } least ? ReadQuantity(least, path + ".minAnnualVolume") : null,
        Window = ReadWindow(d.Window, path + ".window"),
        Tenor = ReadTenor(d.Tenor, path + ".tenor"),
        Bid = ReadPrice(d.Bid, path + ".bid"),
        DestinationHub = d.DestinationHub,
        Priority = d.Priority ?? 5,
        EndUse = d.EndUse is { } endUse ? Enum(JsonEnums.EndUses, endUse, path + ".endUse") : null,
        MaxShareFromSupplier = d.MaxShareFromSupplier,
        MaxShareFromCountry = d.MaxShareFromCountry,
        Incoterms = Items(d.Incoterms, path + ".incoterms", (name, itemPath) => Enum(JsonEnums.Incoterms, name, itemPath)),
        ExcludedRoutes = Strings(d.ExcludedRoutes, path + ".excludedRoutes"),
        ExcludedTransitCountries = Strings(d.ExcludedTransitCountries, path + ".excludedTransitCountries"),
        ExcludedOriginCountries = Strings(d.ExcludedOriginCountries, path + ".excludedOriginCountries"),
        ExcludedSuppliers = Strings(d.ExcludedSuppliers, path + ".excludedSuppliers"),
        Attributes = ReadAttributes(d.Attributes, path + ".attributes"),
        Note = d.Note,
    };

    private ReferenceDeal ReadReferenceDeal(ReferenceDealDocument d, string path) => new()
    {
        Id = d.Id,
        Supplier = d.Supplier,
        Buyer = d.Buyer,
        Product = d.Product,
        AnnualVolume = ReadQuantity(d.AnnualVolume, path + ".annualVolume"),
        StartYear = d.StartYear,
        TenorYears = d.TenorYears,
        Source = d.Source,
        Note = d.Note,
    };

    private BaselineImports ReadBaselineImports(BaselineImportsDocument d, string path) => new()
    {
        Mineral = d.Mineral,
        Importer = d.Importer,
        Year = d.Year,
        Quantity = ReadQuantity(d.Quantity, path + ".quantity"),
        Shares = Items(d.Shares, path + ".shares", (s, _) => new CountryShare(s.Country, s.Share)),
        Source = d.Source,
        Estimate = d.Estimate ?? false,
        Note = d.Note,
    };

    private Quantity ReadQuantity(QuantityDocument d, string path) =>
        Quantity.Of(d.Amount, Enum(JsonEnums.Units, d.Unit, path + ".unit"));

    private YearlyProfile ReadProfile(ProfileDocument d, string path) => new()
    {
        StartQuarter = d.StartQuarter ?? 1,
        Years = Items(d.Years, path + ".years", (y, _) => new YearAmount(y.Year, y.Amount)),
    };

    private Price ReadPrice(PriceDocument d, string path) =>
        Price.Of(d.Usd, Enum(JsonEnums.Units, d.Per, path + ".per"));

    private DeliveryWindow ReadWindow(WindowDocument d, string path)
    {
        if (d.LastYear < d.FirstYear)
        {
            Fail(path + ".lastYear", RuleCodes.Inconsistent, $"must not be before firstYear ({InputRules.Text(d.FirstYear)})", InputRules.Text(d.LastYear));
            return DeliveryWindow.Of(d.FirstYear, d.FirstYear);
        }

        return DeliveryWindow.Of(d.FirstYear, d.LastYear);
    }

    private TenorRange ReadTenor(TenorDocument d, string path)
    {
        var min = d.MinYears;
        if (min < 1)
        {
            Fail(path + ".minYears", RuleCodes.Range, $"must be between 1 and {InputLimits.MaxTenorYears}", InputRules.Text(min));
            min = 1;
        }

        if (d.MaxYears < d.MinYears)
        {
            Fail(path + ".maxYears", RuleCodes.Inconsistent, $"must not be less than minYears ({InputRules.Text(d.MinYears)})", InputRules.Text(d.MaxYears));
            return TenorRange.Of(min, min);
        }

        return TenorRange.Of(min, Math.Max(min, d.MaxYears));
    }

    private GradeSpec ReadGrade(GradeDocument d, string path) => new()
    {
        Form = d.Form is { } form ? Enum(JsonEnums.Forms, form, path + ".form") : null,
        MinContent = d.MinContent,
        MaxImpuritiesPpm = ValueMap<decimal>.From(d.MaxImpuritiesPpm),
    };

    private ValueMap<string> ReadAttributes(IReadOnlyDictionary<string, string?>? attributes, string path)
    {
        var entries = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in attributes ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                Fail(JsonPaths.Property(path, key), RuleCodes.Required, "must not be null", null);
            }
            else
            {
                entries.Add(new(key, value));
            }
        }

        return ValueMap<string>.From(entries);
    }
}
