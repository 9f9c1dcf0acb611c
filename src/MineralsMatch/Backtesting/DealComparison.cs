using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Backtesting;

/// <summary>Compares one reference deal with a match result and says why they differ.</summary>
internal static class DealComparison
{
    public static BacktestDeal Compare(ReferenceDeal deal, Market market, MatchResult result)
    {
        var unit = deal.AnnualVolume.Unit;
        var proposals = result.Proposals
            .Where(p => p.Supplier == deal.Supplier && p.Buyer == deal.Buyer && p.Product == deal.Product)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        if (proposals.Count == 0)
        {
            return new BacktestDeal
            {
                Deal = deal,
                Verdict = DealVerdict.Missed,
                Reason = $"no proposal from {deal.Supplier} to {deal.Buyer} for {deal.Product}; " + Why(deal, market, result),
            };
        }

        var volume = proposals.Aggregate(Quantity.Zero(unit), (sum, p) => sum + p.AnnualVolume.ConvertTo(unit));
        var start = proposals.Min(p => p.StartYear);
        var volumeOff = (volume.Amount - deal.AnnualVolume.Amount) / deal.AnnualVolume.Amount;
        var startOff = start - deal.StartYear;
        var volumeHolds = Math.Abs(volumeOff) <= Backtester.VolumeTolerance;
        var startHolds = Math.Abs(startOff) <= Backtester.StartYearTolerance;
        var comparison = string.Create(
            CultureInfo.InvariantCulture,
            $"{string.Join(", ", proposals.Select(p => p.Id))} {(proposals.Count == 1 ? "proposes" : "propose")} {Amount(volume)} {unit.Symbol()}/yr from {start} "
            + $"against the reference {Amount(deal.AnnualVolume)} {unit.Symbol()}/yr from {deal.StartYear} "
            + $"(volume {Percent(volumeOff)}, start {Years(startOff)})");
        if (volumeHolds && startHolds)
        {
            return new BacktestDeal
            {
                Deal = deal,
                Verdict = DealVerdict.Recovered,
                Proposals = [.. proposals.Select(p => p.Id)],
                ProposedVolume = volume,
                ProposedStartYear = start,
                Reason = comparison,
            };
        }

        var misses = new List<string>(2);
        if (!volumeHolds)
        {
            misses.Add(string.Create(CultureInfo.InvariantCulture, $"volume beyond ±{Backtester.VolumeTolerance * 100m:0} %"));
        }

        if (!startHolds)
        {
            misses.Add(string.Create(CultureInfo.InvariantCulture, $"start beyond ±{Backtester.StartYearTolerance} yr"));
        }

        return new BacktestDeal
        {
            Deal = deal,
            Verdict = DealVerdict.Partly,
            Proposals = [.. proposals.Select(p => p.Id)],
            ProposedVolume = volume,
            ProposedStartYear = start,
            Reason = $"{comparison}: {string.Join(" and ", misses)}; " + Why(deal, market, result),
        };
    }

    /// <summary>Who took the supplier's capacity and at what value, the shadow prices, and the engine's reasons for the buyer's unmet demand.</summary>
    private static string Why(ReferenceDeal deal, Market market, MatchResult result)
    {
        var offers = market.Offers.Where(o => o.Producer == deal.Supplier && o.Product == deal.Product).Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
        var requirements = market.Requirements.Where(r => r.Buyer == deal.Buyer && r.Product == deal.Product).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        if (offers.Count == 0)
        {
            return $"the market holds no offer of {deal.Product} by {deal.Supplier}";
        }

        if (requirements.Count == 0)
        {
            return $"the market holds no requirement for {deal.Product} by {deal.Buyer}";
        }

        var parts = new List<string>();
        var others = result.Proposals
            .Where(p => offers.Contains(p.Offer, StringComparer.Ordinal) && p.Buyer != deal.Buyer)
            .OrderByDescending(p => p.ValuePerUnit).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        parts.Add(others.Count == 0
            ? $"no other buyer took {deal.Supplier}'s {deal.Product}"
            : $"{deal.Supplier}'s {deal.Product} went to " + string.Join(", ", others.Select(Taken)));
        foreach (var offer in result.Offers.Where(o => offers.Contains(o.Offer, StringComparer.Ordinal)))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"offer {offer.Offer} shadow price {Money(offer.ShadowPrice)} USD/{offer.Capacity.Unit.Symbol()} (value of one more unit of capacity)"));
        }

        foreach (var outcome in result.Requirements.Where(r => requirements.Contains(r.Requirement, StringComparer.Ordinal)))
        {
            var reasons = outcome.Reasons.Count == 0 ? "fully met" : string.Join("; ", outcome.Reasons.Take(2).Select(r => r.Message));
            parts.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"requirement {outcome.Requirement}: {Amount(outcome.Unmet)} {outcome.Unmet.Unit.Symbol()}/yr unmet, shadow price {Money(outcome.ShadowPrice)} USD/{outcome.Target.Unit.Symbol()} ({reasons})"));
        }

        return string.Join("; ", parts);
    }

    private static string Taken(ContractProposal p) => string.Create(
        CultureInfo.InvariantCulture,
        $"{p.Buyer} ({Amount(p.AnnualVolume)} {p.AnnualVolume.Unit.Symbol()}/yr from {p.StartYear} at {Money(p.ValuePerUnit)} USD/{p.AnnualVolume.Unit.Symbol()} value)");

    private static string Amount(Quantity q) => Math.Round(q.Amount, 3, MidpointRounding.AwayFromZero).ToString("#,0.###", CultureInfo.InvariantCulture);

    private static string Money(decimal usd) => usd.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal fraction) => (fraction * 100m).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + " %";

    private static string Years(int years) => years == 0 ? "same year" : years.ToString("+0;-0", CultureInfo.InvariantCulture) + " yr";
}
