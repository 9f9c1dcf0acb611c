using System.Globalization;

namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// Trade measures may forbid a pair: an export ban in force in every year both windows share (within the planning horizon), or
/// marketing rights whose priority buyers take the whole offer. Bans in force in only some years leave the pair to the planner,
/// which plans no delivery in those years.
/// </summary>
public sealed class TradePolicyRule : ICandidateRule, IDeferredRule
{
    /// <inheritdoc />
    public string Name => "trade-policy";

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Measures.Count == 0)
        {
            return null;
        }

        var (first, last) = CommonYears(pair);
        if (first <= last && PairMeasures.BanIn(pair, first) is { } ban && Enumerable.Range(first, last - first + 1).All(y => PairMeasures.BanIn(pair, y) is not null))
        {
            var endUse = pair.Requirement.EndUse is { } use ? JsonEnum<Markets.EndUse>.Default.Name(use) : "civil (not stated)";
            return new Reason(
                ReasonKind.TradeBan,
                $"{PairMeasures.Describe(ban)} forbids {pair.Product.Id} from {pair.Supplier.Country} to {pair.Buyer.Country} for {endUse} end use in every shared year {first}–{last}",
                pair.Offer.Id)
            { Measure = ban.Id };
        }

        if (pair.PriorityReserve is { } reserve && pair.MaxAnnualVolume.Amount <= 0m
            && pair.Measures.FirstOrDefault(m => m.Kind == Policies.MeasureKind.MarketingRights) is { } rights)
        {
            return new Reason(
                ReasonKind.MarketingPriority,
                string.Create(CultureInfo.InvariantCulture, $"{PairMeasures.Describe(rights)}: buyers in {string.Join("/", rights.PriorityCountries)} want {reserve}/yr, all of offer {pair.Offer.Id}, before {pair.Buyer.Country} buyers"),
                pair.Offer.Id)
            { Measure = rights.Id };
        }

        return null;
    }

    /// <inheritdoc />
    /// <remarks>Measures concern a pair only through its record, which the engine builds for such pairs: the reason is written here.</remarks>
    ReasonKind? IDeferredRule.Fails(in PairView pair, in PairFigures figures) => pair.HasMeasures ? Check(pair.Record!)?.Kind : null;

    /// <summary>The years both windows share, within the planning horizon when there is one (first &gt; last when none).</summary>
    /// <param name="pair">The pair.</param>
    /// <returns>The first and last shared year.</returns>
    public static (int First, int Last) CommonYears(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var last = Math.Min(pair.Offer.Window.LastYear, pair.Requirement.Window.LastYear);
        if (pair.Options.PlanningHorizon is { } horizon)
        {
            last = Math.Min(last, horizon.LastYear);
        }

        return (pair.FirstYear, last);
    }
}
