using System.Globalization;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Explanations;

/// <summary>Stage 5: for every requirement, met and unmet volume and why; for every offer, unsold volume and why; shadow prices from the potentials.</summary>
internal sealed class OutcomeExplainer(MatchingContext context, AllocationFacts facts, IReadOnlyList<CandidateRejection> rejections)
{
    private readonly ILookup<string, CandidateRejection> _byRequirement = rejections.ToLookup(r => r.Requirement, StringComparer.Ordinal);
    private readonly ILookup<string, CandidateRejection> _byOffer = rejections.ToLookup(r => r.Offer, StringComparer.Ordinal);

    public IReadOnlyList<RequirementOutcome> Requirements()
    {
        var outcome = facts.Outcome;
        var offeredProducts = context.Offers.Select(o => o.Product).ToHashSet(StringComparer.Ordinal);
        var list = new List<RequirementOutcome>(context.Requirements.Count);
        for (var j = 0; j < context.Requirements.Count; j++)
        {
            var requirement = context.Requirements[j];
            var product = context.Product(requirement.Product);
            var target = requirement.AnnualVolume.ConvertTo(product.PricingUnit);
            var met = Quantity.Of(Collections.Decimals.Normalize(facts.Met[j] * outcome.VolumeResolution), product.PricingUnit);
            var unmet = target - met;
            var reasons = new List<Reason>();
            if (unmet.Amount > 0m)
            {
                if (!offeredProducts.Contains(requirement.Product))
                {
                    reasons.Add(new Reason(ReasonKind.NoOfferOfProduct, $"no offer of {product.Name} in the market"));
                }

                reasons.AddRange(AllocationReasonsForDemand(j));
                reasons.AddRange(outcome.Dropped.Where(d => d.Candidate.Pair.Requirement.Id == requirement.Id).Select(d => new Reason(
                    ReasonKind.BelowMinimumVolume,
                    $"the best split left only {Quantity.Of(d.Steps * outcome.VolumeResolution, product.PricingUnit)}/yr from offer {d.Candidate.Pair.Offer.Id}, below the contract minimum {d.Candidate.Pair.MinAnnualVolume}/yr",
                    d.Candidate.Pair.Offer.Id)));
                reasons.AddRange(_byRequirement[requirement.Id].OrderBy(r => r.Offer, StringComparer.Ordinal).Select(r => r.Reason));
            }

            list.Add(new RequirementOutcome
            {
                Requirement = requirement.Id,
                Buyer = requirement.Buyer,
                Product = requirement.Product,
                Target = target,
                Met = met,
                Unmet = unmet,
                ShadowPrice = outcome.ShadowPrice(outcome.Result.DemandShadowValues[j], context.Options),
                Reasons = reasons,
            });
        }

        return list;
    }

    public IReadOnlyList<OfferOutcome> Offers()
    {
        var outcome = facts.Outcome;
        var demandedProducts = context.Requirements.Select(r => r.Product).ToHashSet(StringComparer.Ordinal);
        var list = new List<OfferOutcome>(context.Offers.Count);
        for (var i = 0; i < context.Offers.Count; i++)
        {
            var offer = context.Offers[i];
            var product = context.Product(offer.Product);
            var capacity = offer.AnnualVolume.ConvertTo(product.PricingUnit);
            var sold = Quantity.Of(Collections.Decimals.Normalize(facts.Sold[i] * outcome.VolumeResolution), product.PricingUnit);
            var unsold = capacity - sold;
            var reasons = new List<Reason>();
            if (unsold.Amount > 0m)
            {
                if (!demandedProducts.Contains(offer.Product))
                {
                    reasons.Add(new Reason(ReasonKind.NoDemandForProduct, $"no requirement for {product.Name} in the market"));
                }

                reasons.AddRange(AllocationReasonsForSupply(i));
                reasons.AddRange(outcome.Dropped.Where(d => d.Candidate.Pair.Offer.Id == offer.Id).Select(d => new Reason(
                    ReasonKind.BelowMinimumVolume,
                    $"the best split left only {Quantity.Of(d.Steps * outcome.VolumeResolution, product.PricingUnit)}/yr for requirement {d.Candidate.Pair.Requirement.Id}, below the contract minimum {d.Candidate.Pair.MinAnnualVolume}/yr",
                    d.Candidate.Pair.Requirement.Id)));
                reasons.AddRange(_byOffer[offer.Id].OrderBy(r => r.Requirement, StringComparer.Ordinal)
                    .Select(r => r.Reason with { Counterpart = r.Requirement }));
                if (reasons.Count == 0)
                {
                    reasons.Add(new Reason(ReasonKind.NoProfitableBuyer, "every buyer that could take it is served by pairings that create more value"));
                }
            }

            list.Add(new OfferOutcome
            {
                Offer = offer.Id,
                Producer = offer.Producer,
                Product = offer.Product,
                Capacity = capacity,
                Sold = sold,
                Unsold = unsold,
                ShadowPrice = outcome.ShadowPrice(outcome.Result.SupplyShadowValues[i], context.Options),
                Reasons = reasons,
            });
        }

        return list;
    }

    private IEnumerable<Reason> AllocationReasonsForDemand(int demand)
    {
        var outcome = facts.Outcome;
        for (var k = 0; k < outcome.Problem.Links.Count; k++)
        {
            var link = outcome.Problem.Links[k];
            if (link.Demand != demand)
            {
                continue;
            }

            var pair = outcome.Links[k].Pair;
            var unit = pair.Product.PricingUnit.Symbol();
            var flow = outcome.Result.Flows[k];
            if (facts.BindingCapOn(k) is { } cap)
            {
                yield return new Reason(ReasonKind.DiversificationCap, cap, pair.Offer.Id);
            }
            else if (facts.SoldOut(link.Supply))
            {
                var shadow = outcome.ShadowPrice(outcome.Result.SupplyShadowValues[link.Supply], context.Options);
                yield return flow < link.Capacity && facts.Sold[link.Supply] > flow
                    ? new Reason(
                        ReasonKind.CapacityTaken,
                        CapacityTakenMessage(k, link.Supply, shadow, unit),
                        pair.Offer.Id)
                    : new Reason(
                        ReasonKind.SupplyExhausted,
                        $"offer {pair.Offer.Id} is sold out, {Volume(flow, pair)}/yr of it to this requirement",
                        pair.Offer.Id);
            }
            else if (flow >= link.Capacity)
            {
                yield return new Reason(ReasonKind.RouteCapacity, $"the pairing with offer {pair.Offer.Id} is at its limit: {AllocationFacts.LimitOf(pair)?.Text}", pair.Offer.Id);
            }
        }
    }

    private IEnumerable<Reason> AllocationReasonsForSupply(int supply)
    {
        var outcome = facts.Outcome;
        for (var k = 0; k < outcome.Problem.Links.Count; k++)
        {
            var link = outcome.Problem.Links[k];
            if (link.Supply != supply)
            {
                continue;
            }

            var pair = outcome.Links[k].Pair;
            var unit = pair.Product.PricingUnit.Symbol();
            var flow = outcome.Result.Flows[k];
            if (facts.BindingCapOn(k) is { } cap)
            {
                yield return new Reason(ReasonKind.DiversificationCap, cap, pair.Requirement.Id);
            }
            else if (facts.FullyMet(link.Demand))
            {
                var shadow = outcome.ShadowPrice(outcome.Result.DemandShadowValues[link.Demand], context.Options);
                yield return flow < link.Capacity && facts.Met[link.Demand] > flow
                    ? new Reason(
                        ReasonKind.NoProfitableBuyer,
                        string.Create(CultureInfo.InvariantCulture, $"requirement {pair.Requirement.Id} is fully supplied by pairings that create at least {shadow:0.##} USD/{unit} at the margin; this pairing would create {outcome.Links[k].ValuePerUnit:0.##} USD/{unit}"),
                        pair.Requirement.Id)
                    : new Reason(
                        ReasonKind.DemandExhausted,
                        $"requirement {pair.Requirement.Id} is fully supplied, {Volume(flow, pair)}/yr of it by this offer",
                        pair.Requirement.Id);
            }
            else if (flow >= link.Capacity)
            {
                yield return new Reason(ReasonKind.RouteCapacity, $"the pairing with requirement {pair.Requirement.Id} is at its limit: {AllocationFacts.LimitOf(pair)?.Text}", pair.Requirement.Id);
            }
        }
    }

    private string CapacityTakenMessage(int k, int supply, decimal shadow, string unit)
    {
        var outcome = facts.Outcome;
        var pair = outcome.Links[k].Pair;
        var value = outcome.Links[k].ValuePerUnit;
        var weakest = Enumerable.Range(0, outcome.Problem.Links.Count)
            .Where(other => other != k && outcome.Problem.Links[other].Supply == supply && outcome.Result.Flows[other] > 0)
            .Select(other => outcome.Links[other])
            .OrderBy(c => c.ValuePerUnit)
            .ThenBy(c => c.Pair.Requirement.Id, StringComparer.Ordinal)
            .First();
        var margin = shadow >= value
            ? $"one more {unit} of its capacity would come here (shadow price {shadow:0.##} USD/{unit})"
            : $"one more {unit} of its capacity is worth {shadow:0.##} USD/{unit}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"offer {pair.Offer.Id} is sold out to pairings that create more value (the least: {weakest.ValuePerUnit:0.##} USD/{unit} for {weakest.Pair.Requirement.Id}); this pairing would create {value:0.##} USD/{unit}; {margin}");
    }

    private Quantity Volume(long steps, CandidatePair pair) => Quantity.Of(Collections.Decimals.Normalize(steps * facts.Outcome.VolumeResolution), pair.Product.PricingUnit);
}
