using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Markets;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Terms;

/// <summary>
/// Long-term offtake terms as the trade writes them: the longest tenor both sides allow within the shared
/// window, starting at the first shared year; the base price is the floor plus a bargaining share of the
/// surplus, collared between the seller's ask (floor) and the buyer's bid less the logistics it bears (ceiling), or, by
/// <see cref="MatchingOptions.Pricing"/>, a competitive (core) price: the ask plus the offer's value per unit in the allocation's
/// dual, one FCA price per offer; each contract carries its negotiation range (docs/pricing.md);
/// index-linked from <see cref="MatchingOptions.IndexLinkedFromYears"/> years; ± volume flexibility; equal quarterly deliveries.
/// </summary>
public sealed class DefaultContractTermsPolicy : IContractTermsPolicy
{
    /// <inheritdoc />
    public ContractProposal Propose(AllocatedCandidate allocated)
    {
        ArgumentNullException.ThrowIfNull(allocated);
        var pair = allocated.Candidate.Pair;
        var options = allocated.Options;
        var unit = pair.Product.PricingUnit;
        var route = pair.Route ?? throw new InvalidOperationException($"Candidate {pair.Offer.Id}→{pair.Requirement.Id} has no route.");

        var start = allocated.StartYear ?? Math.Max(pair.Offer.Window.FirstYear, pair.Requirement.Window.FirstYear);
        var last = Math.Min(pair.Offer.Window.LastYear, pair.Requirement.Window.LastYear);
        var tenorRange = pair.Offer.Tenor.Intersect(pair.Requirement.Tenor)
            ?? throw new InvalidOperationException($"Candidate {pair.Offer.Id}→{pair.Requirement.Id} has no common tenor.");
        var tenor = allocated.TenorYears ?? Math.Min(tenorRange.MaxYears, last - start + 1);

        var common = IncotermRule.Common(pair);
        var incoterm = common.FirstOrDefault(t => !t.SellerPaysCarriage(), common[0]);
        var logistics = route.LogisticsPerUnit;
        var floor = incoterm.SellerPaysCarriage() ? pair.AskPerUnit + logistics : pair.AskPerUnit;
        var ceiling = incoterm.SellerPaysCarriage() ? pair.BidPerUnit : pair.BidPerUnit - logistics;
        var carriage = incoterm.SellerPaysCarriage() ? logistics : 0m;
        var rents = allocated.Rents;
        var pricing = rents is null ? PricingPolicy.Pair : options.Pricing;
        var basePrice = Cents(pricing == PricingPolicy.Pair
            ? floor + (options.BargainingShare * (ceiling - floor))
            : pair.AskPerUnit + Rent(rents!, pricing) + carriage);
        var negotiation = rents is null ? null : new NegotiationRange
        {
            SellerWalkAway = Price.Of(Cents(pair.AskPerUnit + rents.SellerNextBestUse + carriage), unit),
            BuyerWalkAway = Price.Of(Cents(pair.AskPerUnit + rents.PairValue - rents.BuyerNextBestAlternative + carriage), unit),
        };
        var indexLinked = tenor >= options.IndexLinkedFromYears;
        var hub = incoterm.SellerPaysCarriage() ? pair.Requirement.DestinationHub : pair.Offer.OriginHub;

        var terms = new PriceTerms
        {
            Incoterm = incoterm,
            Base = Price.Of(basePrice, unit),
            Floor = Price.Of(decimal.Round(floor, 2, MidpointRounding.ToEven), unit),
            Ceiling = Price.Of(decimal.Round(ceiling, 2, MidpointRounding.ToEven), unit),
            IndexLinked = indexLinked,
            Index = indexLinked ? $"{pair.Product.Id} price assessment, {incoterm.Code()} {hub}" : null,
            VolumeFlexibility = options.VolumeFlexibility,
        };

        return new ContractProposal
        {
            Id = pair.Offer.Id + "→" + pair.Requirement.Id,
            Offer = pair.Offer.Id,
            Requirement = pair.Requirement.Id,
            Supplier = pair.Supplier.Id,
            Seller = pair.Marketer?.Id,
            Buyer = pair.Buyer.Id,
            Product = pair.Product.Id,
            Route = route.Route.Id,
            AnnualVolume = allocated.AnnualVolume,
            StartYear = start,
            TenorYears = tenor,
            Terms = terms,
            Pricing = pricing,
            Negotiation = negotiation,
            LandedCost = Price.Of(decimal.Round(pair.LandedCostPerUnit, 2, MidpointRounding.ToEven), unit),
            ValuePerUnit = allocated.Candidate.ValuePerUnit,
            ValueBreakdown = allocated.Candidate.Components,
            Schedule = allocated.YearlyDeliveries.Count > 0
                ? PlannedSchedule(allocated.YearlyDeliveries, start, allocated.StartQuarter, options.VolumeResolution)
                : Schedule(allocated.AnnualVolume, start, tenor, options.VolumeResolution),
            Explanation = Explain(pair, allocated, tenor, start, terms) + Negotiate(pricing, negotiation),
        };
    }

    private static decimal Cents(decimal usd) => decimal.Round(usd, 2, MidpointRounding.ToEven);

    // The offer's value per unit at the chosen point of the core: the price FCA is the ask plus this, the same for every buyer.
    private static decimal Rent(CompetitiveRents rents, PricingPolicy pricing) => pricing switch
    {
        PricingPolicy.Core => rents.SellerRent,
        PricingPolicy.SellerOptimal => rents.SellerRentHigh,
        PricingPolicy.BuyerOptimal => rents.SellerRentLow,
        PricingPolicy.Midpoint => (rents.SellerRentLow + rents.SellerRentHigh) / 2m,
        _ => throw new ArgumentOutOfRangeException(nameof(pricing), pricing, "Not a core pricing policy."),
    };

    private static string Negotiate(PricingPolicy pricing, NegotiationRange? range) => range is null
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $" Priced by {PricingPolicies.Name(pricing)}; negotiation range {range.SellerWalkAway.Usd:0.00}–{range.BuyerWalkAway.Usd:0.00}.");

    private static List<DeliveryInstalment> Schedule(Quantity annual, int start, int tenor, decimal resolution)
    {
        var quarter = decimal.Floor(annual.Amount / 4m / resolution) * resolution;
        var last = annual.Amount - (3m * quarter);
        var schedule = new List<DeliveryInstalment>(tenor * 4);
        for (var year = start; year < start + tenor; year++)
        {
            for (var q = 1; q <= 4; q++)
            {
                schedule.Add(new DeliveryInstalment(year, q, Quantity.Of(q == 4 ? last : quarter, annual.Unit)));
            }
        }

        return schedule;
    }

    // Each year's planned delivery in equal quarterly parts (the remainder in the year's last quarter); the first year starts at
    // its start quarter and, when that is not the first, the year after the tenor ends before it.
    private static List<DeliveryInstalment> PlannedSchedule(IReadOnlyList<Quantity> deliveries, int start, int startQuarter, decimal resolution)
    {
        var schedule = new List<DeliveryInstalment>(deliveries.Count * 4);
        for (var i = 0; i < deliveries.Count; i++)
        {
            var (from, to) = (i == 0 ? startQuarter : 1, i == deliveries.Count - 1 && i > 0 && startQuarter > 1 ? startQuarter - 1 : 4);
            var quarters = to - from + 1;
            var amount = deliveries[i].Amount;
            var part = decimal.Floor(amount / quarters / resolution) * resolution;
            for (var q = from; q <= to; q++)
            {
                schedule.Add(new DeliveryInstalment(start + i, q, Quantity.Of(q == to ? amount - ((quarters - 1) * part) : part, deliveries[i].Unit)));
            }
        }

        return schedule;
    }

    private static string Explain(CandidatePair pair, AllocatedCandidate allocated, int tenor, int start, PriceTerms terms)
    {
        var unit = pair.Product.PricingUnit.Symbol();
        var route = pair.Route!;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{pair.Supplier.Name} can deliver {pair.Product.Name} to {pair.Buyer.Name} landed at {pair.LandedCostPerUnit:0.##} USD/{unit} via {route.Route.Name} ({route.Route.Days} days) against a bid of {pair.BidPerUnit:0.##}, creating {allocated.Candidate.ValuePerUnit:0.##} USD/{unit} of value; {allocated.AnnualVolume}/yr is limited by {allocated.VolumeLimit}. {tenor} years from {start}, {(terms.IndexLinked ? "index-linked" : "fixed")} at {terms.Base} {terms.Incoterm.Code()} within {terms.Floor.Usd:0.##}–{terms.Ceiling.Usd:0.##}.{Measures(pair, start, tenor)}");
    }

    // The trade measures behind the contract, in words: who sells under marketing rights, the years a ban stops, what applies.
    private static string Measures(CandidatePair pair, int start, int tenor)
    {
        if (pair.Measures.Count == 0)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        if (pair.Marketer is { } marketer && pair.Measures.FirstOrDefault(m => m.Kind == Policies.MeasureKind.MarketingRights) is { } rights)
        {
            text.Append(CultureInfo.InvariantCulture, $" Sold by {marketer.Name} under {PairMeasures.Describe(rights)}.");
        }

        var years = Enumerable.Range(start, tenor).ToList();
        var banned = years.Where(y => PairMeasures.BanIn(pair, y) is not null).ToList();
        if (banned.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" No delivery in {string.Join(", ", banned)} under {string.Join("; ", banned.Select(y => PairMeasures.BanIn(pair, y)!).Distinct().Select(PairMeasures.Describe))}.");
        }

        var acting = pair.Measures.Where(m => m.Kind is Policies.MeasureKind.ExportDuty or Policies.MeasureKind.ExportLicence or Policies.MeasureKind.TransitRisk && years.Any(m.InForceIn)).ToList();
        if (acting.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Trade measures: {string.Join("; ", acting.Select(PairMeasures.Describe))}.");
        }

        return text.ToString();
    }
}
