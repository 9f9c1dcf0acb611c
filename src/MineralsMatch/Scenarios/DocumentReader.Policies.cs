using System.Globalization;
using MineralsMatch.Policies;
using MineralsMatch.Scenarios.Documents;
using MineralsMatch.Validation;

namespace MineralsMatch.Scenarios;

/// <summary>The trade-policy part of the reader: measures with their kinds, end uses and dates.</summary>
internal sealed partial class DocumentReader
{
    private const string DateFormat = "yyyy-MM-dd";

    private TradeMeasure ReadMeasure(MeasureDocument d, string path)
    {
        var from = ReadDate(d.From, path + ".from");
        var to = ReadDate(d.To, path + ".to");
        if (from is { } first && to is { } last && last < first)
        {
            Fail(path + ".to", RuleCodes.Inconsistent, $"must not be before from ({first.ToString(DateFormat, CultureInfo.InvariantCulture)})", d.To);
            to = null;
        }

        return new TradeMeasure
        {
            Id = d.Id,
            Kind = Enum(JsonEnums.MeasureKinds, d.Kind, path + ".kind"),
            Issuer = d.Issuer,
            Products = Strings(d.Products, path + ".products"),
            Offers = Strings(d.Offers, path + ".offers"),
            Destinations = Strings(d.Destinations, path + ".destinations"),
            EndUses = Items(d.EndUses, path + ".endUses", (name, itemPath) => Enum(JsonEnums.EndUses, name, itemPath)),
            TransitCountries = Strings(d.TransitCountries, path + ".transitCountries"),
            From = from,
            To = to,
            DutyPercent = d.DutyPercent,
            LicenceDelayDays = d.LicenceDelayDays,
            Probability = d.Probability,
            Marketer = d.Marketer,
            PriorityCountries = Strings(d.PriorityCountries, path + ".priorityCountries"),
            Source = d.Source,
            Estimate = d.Estimate ?? false,
            Note = d.Note,
        };
    }

    private DateOnly? ReadDate(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2200)
        {
            return date;
        }

        Fail(path, RuleCodes.Format, "must be a date written yyyy-mm-dd between 1900 and 2200, such as '2026-01-06'", text);
        return null;
    }
}
