namespace MineralsMatch.Policies;

/// <summary>What a trade measure does to the pairs it concerns.</summary>
public enum MeasureKind
{
    /// <summary>The issuing country forbids the export: the pair cannot deliver in any year the measure is in force.</summary>
    ExportBan,

    /// <summary>The export needs a licence: a delay, and a chance the licence is refused, counted as an expected loss.</summary>
    ExportLicence,

    /// <summary>The issuing country levies a duty on the export, a percent of the ask, added to the landed cost.</summary>
    ExportDuty,

    /// <summary>Sanctions or disruption risk on routes that transit a country, counted as an expected loss.</summary>
    TransitRisk,

    /// <summary>Offers are sold by a party other than their producer, with buyers in some countries served first.</summary>
    MarketingRights,
}
