using System.Globalization;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Policies;

namespace MineralsMatch.Matching.Candidates;

/// <summary>Which trade measures concern a pair, and what they do to it in a given year.</summary>
public static class PairMeasures
{
    /// <summary>
    /// Whether <paramref name="measure"/> concerns <paramref name="pair"/>, whatever its dates: the product matches (mineral, product
    /// or HS code prefix; an empty list matches all) and so does the offer list; export measures also need the supplier in the issuing
    /// country, the buyer in a destination and the requirement's end use (civil when not stated) among the end uses; a transit risk needs
    /// the picked route to transit one of its countries.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="pair">The pair, with its route when one is picked.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool Concern(TradeMeasure measure, CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(pair);
        if (!MatchesProduct(measure, pair.Product) || (measure.Offers.Count > 0 && !measure.Offers.Contains(pair.Offer.Id, StringComparer.Ordinal)))
        {
            return false;
        }

        if (measure.Kind == MeasureKind.MarketingRights)
        {
            return true;
        }

        var destination = measure.Destinations.Count == 0 || measure.Destinations.Contains(pair.Buyer.Country, StringComparer.Ordinal);
        var endUse = measure.EndUses.Count == 0 || measure.EndUses.Contains(pair.Requirement.EndUse ?? EndUse.Civil);
        if (!destination || !endUse)
        {
            return false;
        }

        if (measure.Kind == MeasureKind.TransitRisk)
        {
            var transit = pair.Route is { } choice ? pair.Routes?.TransitCountries(choice.Route) ?? choice.Route.TransitCountries : [];
            return transit.Any(c => measure.TransitCountries.Contains(c, StringComparer.Ordinal));
        }

        return string.Equals(measure.Issuer, pair.Supplier.Country, StringComparison.Ordinal);
    }

    /// <summary>Whether an export ban that concerns the pair is in force on at least one day of <paramref name="year"/>.</summary>
    /// <param name="pair">The pair.</param>
    /// <param name="year">A calendar year.</param>
    /// <returns>The first such ban in id order, or <see langword="null"/>.</returns>
    public static TradeMeasure? BanIn(CandidatePair pair, int year)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return pair.Measures.FirstOrDefault(m => m.Kind == MeasureKind.ExportBan && m.InForceIn(year));
    }

    /// <summary>The export duty in force in <paramref name="year"/>, in USD per pricing unit: the largest duty percent times the ask.</summary>
    /// <param name="pair">The pair.</param>
    /// <param name="year">A calendar year.</param>
    /// <returns>The duty per unit; 0 when none is in force.</returns>
    public static decimal DutyPerUnit(CandidatePair pair, int year)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var percent = 0m;
        foreach (var measure in pair.Measures)
        {
            if (measure.Kind == MeasureKind.ExportDuty && measure.InForceIn(year) && measure.DutyPercent is { } duty && duty > percent)
            {
                percent = duty;
            }
        }

        return percent == 0m ? 0m : pair.AskPerUnit * percent / 100m;
    }

    /// <summary>
    /// The expected loss from measures in force in <paramref name="year"/>, in USD per pricing unit: for each licence and transit
    /// risk, its probability times the ask times the run's risk aversion.
    /// </summary>
    /// <param name="pair">The pair.</param>
    /// <param name="year">A calendar year.</param>
    /// <returns>The expected loss per unit; 0 when none is in force.</returns>
    public static decimal RiskPerUnit(CandidatePair pair, int year)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var loss = 0m;
        foreach (var measure in pair.Measures)
        {
            if (measure.Kind is MeasureKind.ExportLicence or MeasureKind.TransitRisk && measure.InForceIn(year) && measure.Probability is { } p)
            {
                loss += p * pair.AskPerUnit * pair.Options.RiskAversion;
            }
        }

        return loss;
    }

    /// <summary>What the measures in force in <paramref name="year"/> cost per unit: the duty plus the expected loss.</summary>
    /// <param name="pair">The pair.</param>
    /// <param name="year">A calendar year.</param>
    /// <returns>The cost in USD per pricing unit.</returns>
    public static decimal CostPerUnit(CandidatePair pair, int year) => DutyPerUnit(pair, year) + RiskPerUnit(pair, year);

    /// <summary>The measure in words, for reasons and explanations: id, issuer, kind and effect, dates, source.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>A short description.</returns>
    public static string Describe(TradeMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var effect = measure.Kind switch
        {
            MeasureKind.ExportBan => "export ban",
            MeasureKind.ExportDuty => string.Create(CultureInfo.InvariantCulture, $"export duty {measure.DutyPercent:0.##} %"),
            MeasureKind.ExportLicence => "export licence" + string.Join(string.Empty, new[]
            {
                measure.LicenceDelayDays is { } days ? string.Create(CultureInfo.InvariantCulture, $", delay {days} days") : null,
                measure.Probability is { } p ? string.Create(CultureInfo.InvariantCulture, $", refusal chance {p:0.##}") : null,
            }.OfType<string>()),
            MeasureKind.TransitRisk => string.Create(CultureInfo.InvariantCulture, $"transit risk via {string.Join("/", measure.TransitCountries)} (chance {measure.Probability:0.##})"),
            _ => $"grants marketing rights to {measure.Marketer}" + (measure.PriorityCountries.Count > 0 ? $", buyers in {string.Join("/", measure.PriorityCountries)} first" : string.Empty),
        };
        var from = measure.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = measure.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dates = (from, to) switch
        {
            (null, null) => "no end date",
            (_, null) => $"from {from}",
            (null, _) => $"until {to}",
            _ => $"{from} to {to}",
        };
        return $"{measure.Id} ({measure.Issuer} {effect}, {dates}; source {measure.Source}{(measure.Estimate ? ", estimate" : string.Empty)})";
    }

    private static bool MatchesProduct(TradeMeasure measure, Product product)
    {
        if (measure.Products.Count == 0)
        {
            return true;
        }

        foreach (var entry in measure.Products)
        {
            if (string.Equals(entry, product.Id, StringComparison.Ordinal) || string.Equals(entry, product.Mineral, StringComparison.Ordinal)
                || (product.HsCode is { } hs && entry.Length >= 4 && char.IsAsciiDigit(entry[0]) && hs.StartsWith(entry, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
