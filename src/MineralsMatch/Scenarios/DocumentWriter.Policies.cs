using System.Globalization;
using MineralsMatch.Policies;
using MineralsMatch.Scenarios.Documents;

namespace MineralsMatch.Scenarios;

/// <summary>The trade-policy part of the writer.</summary>
internal static partial class DocumentWriter
{
    private static MeasureDocument WriteMeasure(TradeMeasure m) => new()
    {
        Id = m.Id,
        Kind = JsonEnums.MeasureKinds.Name(m.Kind),
        Issuer = m.Issuer,
        Products = List(m.Products, s => (string?)s),
        Offers = List(m.Offers, s => (string?)s),
        Destinations = List(m.Destinations, s => (string?)s),
        EndUses = List(m.EndUses, JsonEnums.EndUses.Name),
        TransitCountries = List(m.TransitCountries, s => (string?)s),
        From = m.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        To = m.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DutyPercent = m.DutyPercent,
        LicenceDelayDays = m.LicenceDelayDays,
        Probability = m.Probability,
        Marketer = m.Marketer,
        PriorityCountries = List(m.PriorityCountries, s => (string?)s),
        Source = m.Source,
        Estimate = m.Estimate ? true : null,
        Note = m.Note,
    };
}
