using System.Globalization;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Explanations;

/// <summary>Stage 5: for every requirement, met and unmet volume and why; for every offer, unsold volume and why; shadow prices from the potentials.</summary>
internal sealed class OutcomeExplainer(MatchingContext context, AllocationFacts facts, CandidateSet candidates, CancellationToken cancellationToken)
{
    // Per supply, its two weakest links that carry flow; read by the requirements' explanations only, so on one thread.
    private (int First, int Second)[]? _weakest;
    private readonly RejectionIndex _rejections = new(candidates.Rejected, candidates.Unscored, context.Requirements.Count, context.Offers.Count);
    private readonly ILookup<string, (Scoring.ScoredCandidate Candidate, long Steps)> _droppedByRequirement =
        facts.Outcome.Dropped.ToLookup(d => d.Candidate.Pair.Requirement.Id, StringComparer.Ordinal);
    private readonly ILookup<string, (Scoring.ScoredCandidate Candidate, long Steps)> _droppedByOffer =
        facts.Outcome.Dropped.ToLookup(d => d.Candidate.Pair.Offer.Id, StringComparer.Ordinal);

    /// <summary>
    /// The outcomes of every requirement and of every offer; with <paramref name="degree"/> above 1 the offers' are worked out on a
    /// second thread beside the requirements' (they read the same facts; the record cache and deferred reasons are thread-safe).
    /// </summary>
    public (IReadOnlyList<RequirementOutcome> Requirements, IReadOnlyList<OfferOutcome> Offers) Both(int degree) =>
        Parallelism.SideBySide.Run(degree, Requirements, Offers);

    public IReadOnlyList<RequirementOutcome> Requirements()
    {
        var outcome = facts.Outcome;
        var offeredProducts = context.Offers.Select(o => o.Product).ToHashSet(StringComparer.Ordinal);
        var list = new List<RequirementOutcome>(context.Requirements.Count);
        for (var j = 0; j < context.Requirements.Count; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var requirement = context.Requirements[j];
            var product = context.Product(requirement.Product);
            var target = requirement.AnnualVolume.ConvertTo(product.PricingUnit);
            var met = Quantity.Of(Collections.Decimals.Normalize(facts.Met[j] * outcome.VolumeResolution), product.PricingUnit);
            var unmet = target - met;
            var reasons = new ReasonList();
            if (unmet.Amount > 0m && facts.FullyMet(j))
            {
                // Every whole step is met (or there is none): what is left is less than one step.
                reasons.Add(new Reason(ReasonKind.BelowVolumeResolution, BelowResolution(facts.Met[j] == 0 ? "the target" : "the rest", unmet, product)));
            }
            else if (unmet.Amount > 0m)
            {
                if (!offeredProducts.Contains(requirement.Product))
                {
                    reasons.Add(new Reason(ReasonKind.NoOfferOfProduct, $"no offer of {product.Name} in the market"));
                }

                AllocationReasonsForDemand(j, reasons);
                reasons.Add(_droppedByRequirement[requirement.Id].Select(d => new Reason(
                    ReasonKind.BelowMinimumVolume,
                    $"the best split left only {Quantity.Of(d.Steps * outcome.VolumeResolution, product.PricingUnit)}/yr from offer {d.Candidate.Pair.Offer.Id}, below the contract minimum {d.Candidate.Pair.MinAnnualVolume}/yr",
                    d.Candidate.Pair.Offer.Id)));
                foreach (var rejection in _rejections.OfRequirement(j))
                {
                    if (reasons.Wants(rejection.Kind))
                    {
                        reasons.Keep(rejection.Reason);
                    }
                }
            }

            list.Add(new RequirementOutcome
            {
                Requirement = requirement.Id,
                Buyer = requirement.Buyer,
                Product = requirement.Product,
                Mineral = product.Mineral,
                Target = target,
                Met = met,
                Unmet = unmet,
                ShadowPrice = outcome.ShadowPrice(outcome.Result.DemandShadowValues[j], context.Options),
                Reasons = reasons.ToList(),
            });
        }

        return list;
    }

    public IReadOnlyList<OfferOutcome> Offers()
    {
        var outcome = facts.Outcome;
        var demandedProducts = context.Requirements.Select(r => r.Product).ToHashSet(StringComparer.Ordinal);
        var explained = LinkReasonsOfOffers(demandedProducts);
        var list = new List<OfferOutcome>(context.Offers.Count);
        for (var i = 0; i < context.Offers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offer = context.Offers[i];
            var product = context.Product(offer.Product);
            var (capacity, sold) = Volumes(i);
            var unsold = capacity - sold;
            var reasons = explained[i] ?? new ReasonList();
            if (unsold.Amount > 0m && facts.SoldOut(i))
            {
                reasons.Add(new Reason(ReasonKind.BelowVolumeResolution, BelowResolution(facts.Sold[i] == 0 ? "the capacity" : "the rest", unsold, product)));
            }
            else if (explained[i] is not null)
            {
                // Some is unsold and not all of it below one step: the links' reasons are in already.
                reasons.Add(_droppedByOffer[offer.Id].Select(d => new Reason(
                    ReasonKind.BelowMinimumVolume,
                    $"the best split left only {Quantity.Of(d.Steps * outcome.VolumeResolution, product.PricingUnit)}/yr for requirement {d.Candidate.Pair.Requirement.Id}, below the contract minimum {d.Candidate.Pair.MinAnnualVolume}/yr",
                    d.Candidate.Pair.Requirement.Id)));
                foreach (var rejection in _rejections.OfOffer(i))
                {
                    if (reasons.Wants(rejection.Kind))
                    {
                        reasons.Keep(rejection.Reason with { Counterpart = rejection.Requirement });
                    }
                }
                if (reasons.IsEmpty)
                {
                    reasons.Add(new Reason(ReasonKind.NoProfitableBuyer, "every buyer that could take it is served by pairings that create more value"));
                }
            }

            list.Add(new OfferOutcome
            {
                Offer = offer.Id,
                Producer = offer.Producer,
                Product = offer.Product,
                Mineral = product.Mineral,
                Capacity = capacity,
                Sold = sold,
                Unsold = unsold,
                ShadowPrice = outcome.ShadowPrice(outcome.Result.SupplyShadowValues[i], context.Options),
                Reasons = reasons.ToList(),
            });
        }

        return list;
    }

    // A link's record is built only for a message that names its figures; ids and products come from the run's indices.
    private void AllocationReasonsForDemand(int demand, ReasonList reasons)
    {
        var outcome = facts.Outcome;
        foreach (var k in facts.LinksOfDemand[demand])
        {
            var link = outcome.Problem.Links[k];
            var flow = outcome.Result.Flows[k];
            if (facts.CapOn(k) is var cap and not CapBinding.None)
            {
                if (reasons.Wants(ReasonKind.DiversificationCap))
                {
                    reasons.Keep(new Reason(ReasonKind.DiversificationCap, facts.CapText(k, cap), OfferId(k)));
                }
            }
            else if (link.Capacity == 0)
            {
                var pair = outcome.Links[k].Pair;
                reasons.Add(new Reason(ReasonKind.BelowVolumeResolution, $"the pairing with offer {OfferId(k)} can carry at most {pair.MaxAnnualVolume}/yr, below the volume resolution {Resolution(pair.Product)}", OfferId(k)));
            }
            else if (facts.SoldOut(link.Supply))
            {
                var taken = flow < link.Capacity && facts.Sold[link.Supply] > flow;
                var kind = taken ? ReasonKind.CapacityTaken : ReasonKind.SupplyExhausted;
                if (reasons.Wants(kind))
                {
                    var product = ProductOf(k);
                    var shadow = outcome.ShadowPrice(outcome.Result.SupplyShadowValues[link.Supply], context.Options);
                    var message = taken
                        ? CapacityTakenMessage(k, link.Supply, shadow, product.PricingUnit.Symbol())
                        : $"offer {OfferId(k)} is sold out, {Volume(flow, product)}/yr of it to this requirement";
                    reasons.Keep(new Reason(kind, message, OfferId(k)));
                }
            }
            else if (flow >= link.Capacity && reasons.Wants(ReasonKind.RouteCapacity))
            {
                reasons.Keep(new Reason(ReasonKind.RouteCapacity, $"the pairing with offer {OfferId(k)} is at its limit: {AllocationFacts.LimitOf(outcome.Links[k].Pair).Text}", OfferId(k)));
            }
        }
    }

    // The offers that explain unsold volume (some left, not all of it below one step), each with its reasons so far: the missing
    // product first, then one reason per link in link order, read in one pass over the links instead of grouping them by offer.
    private ReasonList?[] LinkReasonsOfOffers(HashSet<string> demandedProducts)
    {
        var outcome = facts.Outcome;
        var explained = new ReasonList?[context.Offers.Count];
        for (var i = 0; i < explained.Length; i++)
        {
            var (capacity, sold) = Volumes(i);
            if ((capacity - sold).Amount > 0m && !facts.SoldOut(i))
            {
                var reasons = explained[i] = new ReasonList();
                var offer = context.Offers[i];
                if (!demandedProducts.Contains(offer.Product))
                {
                    reasons.Add(new Reason(ReasonKind.NoDemandForProduct, $"no requirement for {context.Product(offer.Product).Name} in the market"));
                }
            }
        }

        var links = outcome.Problem.Links;
        for (var k = 0; k < links.Count; k++)
        {
            if ((k & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (explained[links[k].Supply] is { } reasons)
            {
                SupplyReason(k, reasons);
            }
        }

        return explained;
    }

    // An offer's capacity and what is sold of it, in its product's pricing unit.
    private (Quantity Capacity, Quantity Sold) Volumes(int offer)
    {
        var unit = context.Product(context.Offers[offer].Product).PricingUnit;
        return (context.Offers[offer].AnnualVolume.ConvertTo(unit), Quantity.Of(Collections.Decimals.Normalize(facts.Sold[offer] * facts.Outcome.VolumeResolution), unit));
    }

    // Why link k did not take more of its offer, if a reason of that kind is still wanted.
    private void SupplyReason(int k, ReasonList reasons)
    {
        var outcome = facts.Outcome;
        var link = outcome.Problem.Links[k];
        var flow = outcome.Result.Flows[k];
        if (facts.CapOn(k) is var cap and not CapBinding.None)
        {
            if (reasons.Wants(ReasonKind.DiversificationCap))
            {
                reasons.Keep(new Reason(ReasonKind.DiversificationCap, facts.CapText(k, cap), RequirementId(k)));
            }
        }
        else if (link.Capacity == 0)
        {
            var pair = outcome.Links[k].Pair;
            reasons.Add(new Reason(ReasonKind.BelowVolumeResolution, $"the pairing with requirement {RequirementId(k)} can carry at most {pair.MaxAnnualVolume}/yr, below the volume resolution {Resolution(pair.Product)}", RequirementId(k)));
        }
        else if (facts.FullyMet(link.Demand))
        {
            var outbid = flow < link.Capacity && facts.Met[link.Demand] > flow;
            var kind = outbid ? ReasonKind.NoProfitableBuyer : ReasonKind.DemandExhausted;
            if (reasons.Wants(kind))
            {
                var product = ProductOf(k);
                var unit = product.PricingUnit.Symbol();
                var shadow = outcome.ShadowPrice(outcome.Result.DemandShadowValues[link.Demand], context.Options);
                var message = outbid
                    ? string.Create(CultureInfo.InvariantCulture, $"requirement {RequirementId(k)} is fully supplied by pairings that create at least {shadow:0.##} USD/{unit} at the margin; this pairing would create {outcome.Links[k].ValuePerUnit:0.##} USD/{unit}")
                    : $"requirement {RequirementId(k)} is fully supplied, {Volume(flow, product)}/yr of it by this offer";
                reasons.Keep(new Reason(kind, message, RequirementId(k)));
            }
        }
        else if (flow >= link.Capacity && reasons.Wants(ReasonKind.RouteCapacity))
        {
            reasons.Keep(new Reason(ReasonKind.RouteCapacity, $"the pairing with requirement {RequirementId(k)} is at its limit: {AllocationFacts.LimitOf(outcome.Links[k].Pair).Text}", RequirementId(k)));
        }
    }

    // Ids for messages only: the loops over every link do not look them up.
    private string OfferId(int k) => facts.Outcome.Links.Offer(k).Id;

    private string RequirementId(int k) => facts.Outcome.Links.Requirement(k).Id;

    private Product ProductOf(int k) => context.Product(facts.Outcome.Links.Requirement(k).Product);

    private string CapacityTakenMessage(int k, int supply, decimal shadow, string unit)
    {
        var outcome = facts.Outcome;
        var pair = outcome.Links[k].Pair;
        var value = outcome.Links[k].ValuePerUnit;
        var (weakestValue, weakestRequirement) = Weakest(supply, k);
        // The offer's shadow price is the value of its marginal use: one more unit comes here only if this pairing is that use
        // (compared as printed, to the cent, so that value-resolution rounding cannot contradict the figures in the text).
        var margin = decimal.Round(value, 2, MidpointRounding.AwayFromZero) >= decimal.Round(shadow, 2, MidpointRounding.AwayFromZero)
            ? $"one more {unit} of its capacity would come here (the offer's shadow price: {shadow:0.##} USD/{unit})"
            : $"one more {unit} of its capacity is worth {shadow:0.##} USD/{unit} elsewhere (the offer's shadow price, not this requirement's)";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"offer {pair.Offer.Id} is sold out to pairings that create more value (the least: {weakestValue:0.##} USD/{unit} for {weakestRequirement}); this pairing would create {value:0.##} USD/{unit}; {margin}");
    }

    // The weakest other link of the offer that carries flow (least value, then requirement id, then link order), from the two
    // weakest worked out once per offer rather than a sort of its links per message.
    private (decimal Value, string Requirement) Weakest(int supply, int k)
    {
        var two = (_weakest ??= WeakestTwo())[supply];
        var link = two.First == k ? two.Second : two.First;
        if (link < 0)
        {
            throw new InvalidOperationException($"Offer {facts.Outcome.Links.Offer(k).Id} is sold out but no other pairing carries any of it.");
        }

        return (facts.Outcome.Links[link].ValuePerUnit, facts.Outcome.Links.Requirement(link).Id);
    }

    // Every supply's two weakest links that carry flow, in one pass over the links (each supply's links in link order).
    private (int First, int Second)[] WeakestTwo()
    {
        var outcome = facts.Outcome;
        var weakest = new (int First, int Second)[outcome.Problem.Supplies.Count];
        weakest.AsSpan().Fill((-1, -1));
        for (var other = 0; other < outcome.Problem.Links.Count; other++)
        {
            if (outcome.Result.Flows[other] <= 0)
            {
                continue;
            }

            ref var two = ref weakest[outcome.Problem.Links[other].Supply];
            if (two.First < 0 || Weaker(other, two.First))
            {
                two = (other, two.First);
            }
            else if (two.Second < 0 || Weaker(other, two.Second))
            {
                two.Second = other;
            }
        }

        return weakest;
    }

    // Links are visited in link order, so a later link is weaker only by value or requirement id (equal keys keep link order).
    private bool Weaker(int link, int than)
    {
        var links = facts.Outcome.Links;
        // Only links that carry flow are compared: their records are built for the proposals anyway.
        var byValue = links[link].ValuePerUnit.CompareTo(links[than].ValuePerUnit);
        return byValue < 0 || (byValue == 0 && string.CompareOrdinal(links.Requirement(link).Id, links.Requirement(than).Id) < 0);
    }

    private string BelowResolution(string what, Quantity left, Product product) =>
        $"{what}, {left}/yr, is below the volume resolution {Resolution(product)}: allocation moves whole steps of it, so none of this can be allocated (use a finer volumeResolution)";

    private Quantity Resolution(Product product) => Quantity.Of(facts.Outcome.VolumeResolution, product.PricingUnit);

    private Quantity Volume(long steps, Product product) => Quantity.Of(Collections.Decimals.Normalize(steps * facts.Outcome.VolumeResolution), product.PricingUnit);
}
