using FluentValidation;
using FluentValidation.Results;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Validation;

/// <summary>
/// Checks a whole <see cref="Market"/>: every item, unique ids per collection, bounded counts, and that every
/// reference exists (parties with the right role, products in the catalog or the market's additions, hubs, routes, sources).
/// </summary>
/// <remarks>
/// Parties are looked up in the market, then in its catalog additions, then in the catalog's reference parties.
/// Catalog additions must not clash with the catalog (a mineral or product that already exists).
/// </remarks>
internal sealed class MarketValidator : AbstractValidator<Market>
{
    private const PartyRoles Sellers = PartyRoles.Producer | PartyRoles.Trader;
    private const PartyRoles Buyers = PartyRoles.Buyer | PartyRoles.Trader | PartyRoles.Agency;

    private readonly IMineralCatalog _catalog;

    /// <summary>Creates the validator.</summary>
    /// <param name="catalog">The catalog that product, mineral, party and source references are resolved against.</param>
    public MarketValidator(IMineralCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(m => m.Name).Text();
        RuleFor(m => m.Description).OptionalText();
        RuleFor(m => m.Catalog).NotNull().WithMessage("is required").WithErrorCode(RuleCodes.Required)
            .SetValidator(new CatalogContentValidator())
            .Custom(CheckAdditions);

        RuleFor(m => m.Parties).AtMost(InputLimits.MaxItems).Custom((parties, context) =>
        {
            context.FailDuplicates(parties, "Parties", p => p?.Id, "Id", "party");
            CheckParties(parties, context);
        });
        RuleForEach(m => m.Parties).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new PartyValidator());

        RuleFor(m => m.Hubs).AtMost(InputLimits.MaxItems).Custom((hubs, context) => context.FailDuplicates(hubs, "Hubs", h => h?.Id, "Id", "hub"));
        RuleForEach(m => m.Hubs).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new HubValidator());

        RuleFor(m => m.Routes).AtMost(InputLimits.MaxItems).Custom((routes, context) =>
        {
            context.FailDuplicates(routes, "Routes", r => r?.Id, "Id", "route");
            CheckRoutes(routes, context);
        });
        RuleForEach(m => m.Routes).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new RouteValidator());

        RuleFor(m => m.Offers).AtMost(InputLimits.MaxItems).Custom((offers, context) =>
        {
            context.FailDuplicates(offers, "Offers", o => o?.Id, "Id", "offer");
            CheckOffers(offers, context);
        });
        RuleForEach(m => m.Offers).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new SupplyOfferValidator());

        RuleFor(m => m.Requirements).AtMost(InputLimits.MaxItems).Custom((requirements, context) =>
        {
            context.FailDuplicates(requirements, "Requirements", r => r?.Id, "Id", "requirement");
            CheckRequirements(requirements, context);
        });
        RuleForEach(m => m.Requirements).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new RequirementValidator());

        RuleFor(m => m.Policies).AtMost(InputLimits.MaxItems).Custom((policies, context) =>
        {
            context.FailDuplicates(policies, "Policies", p => p?.Id, "Id", "measure");
            CheckPolicies(policies, context);
        });
        RuleForEach(m => m.Policies).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new TradeMeasureValidator());

        RuleFor(m => m.ReferenceDeals).AtMost(InputLimits.MaxItems).Custom((deals, context) =>
        {
            context.FailDuplicates(deals, "ReferenceDeals", d => d?.Id, "Id", "reference deal");
            CheckReferenceDeals(deals, context);
        });
        RuleForEach(m => m.ReferenceDeals).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new ReferenceDealValidator());

        RuleFor(m => m.BaselineImports).AtMost(InputLimits.MaxItems).Custom((baselines, context) =>
        {
            context.FailDuplicates(baselines, "BaselineImports", b => b?.Mineral, "Mineral", "baseline for this mineral");
            CheckBaselineImports(baselines, context);
        });
        RuleForEach(m => m.BaselineImports).NotNull().WithMessage("must not be null").WithErrorCode(RuleCodes.Required).SetValidator(new BaselineImportsValidator());
    }

    private void CheckAdditions(CatalogContent additions, ValidationContext<Market> context)
    {
        if (additions.IsEmpty || !new CatalogContentValidator().Validate(additions).IsValid)
        {
            return;
        }

        foreach (var error in CatalogValidation.MergeErrors(additions, _catalog))
        {
            context.AddFailure(new ValidationFailure("Catalog" + error.Path[1..], error.Message, error.AttemptedValue) { ErrorCode = error.Rule });
        }
    }

    private void CheckParties(IReadOnlyList<Party> parties, ValidationContext<Market> context)
    {
        var known = MarketReferences.Of(context, _catalog);
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i] is not { } party)
            {
                continue;
            }

            Each(context, party.Produces, $"Parties[{i}].Produces", known.Minerals, "mineral");
            Each(context, party.Buys, $"Parties[{i}].Buys", known.Minerals, "mineral");
            for (var j = 0; j < (party.Citations?.Count ?? 0); j++)
            {
                Reference(context, party.Citations![j]?.Source, $"Parties[{i}].Citations[{j}].Source", known.Sources, "source");
            }
        }
    }

    private void CheckRoutes(IReadOnlyList<Logistics.Route> routes, ValidationContext<Market> context)
    {
        var known = MarketReferences.Of(context, _catalog);
        for (var i = 0; i < routes.Count; i++)
        {
            var legs = routes[i]?.Legs ?? [];
            for (var j = 0; j < legs.Count; j++)
            {
                Reference(context, legs[j]?.From, $"Routes[{i}].Legs[{j}].From", known.Hubs, "hub");
                Reference(context, legs[j]?.To, $"Routes[{i}].Legs[{j}].To", known.Hubs, "hub");
            }
        }
    }

    private void CheckOffers(IReadOnlyList<SupplyOffer> offers, ValidationContext<Market> context)
    {
        var known = MarketReferences.Of(context, _catalog);
        for (var i = 0; i < offers.Count; i++)
        {
            if (offers[i] is not { } offer)
            {
                continue;
            }

            var path = $"Offers[{i}]";
            PartyWithRole(context, known, offer.Producer, path + ".Producer", Sellers, "producer or trader");
            Reference(context, offer.Product, path + ".Product", known.Products, "product (not in the catalog nor the market's catalog additions)");
            Reference(context, offer.OriginHub, path + ".OriginHub", known.Hubs, "hub");
            Each(context, offer.ExcludedBuyers, path + ".ExcludedBuyers", known.Parties.Keys, "party");
        }
    }

    private void CheckRequirements(IReadOnlyList<Requirement> requirements, ValidationContext<Market> context)
    {
        var known = MarketReferences.Of(context, _catalog);
        for (var i = 0; i < requirements.Count; i++)
        {
            if (requirements[i] is not { } requirement)
            {
                continue;
            }

            var path = $"Requirements[{i}]";
            PartyWithRole(context, known, requirement.Buyer, path + ".Buyer", Buyers, "buyer, trader or agency");
            Reference(context, requirement.Product, path + ".Product", known.Products, "product (not in the catalog nor the market's catalog additions)");
            Reference(context, requirement.DestinationHub, path + ".DestinationHub", known.Hubs, "hub");
            Each(context, requirement.ExcludedRoutes, path + ".ExcludedRoutes", known.Routes, "route");
            Each(context, requirement.ExcludedSuppliers, path + ".ExcludedSuppliers", known.Parties.Keys, "party");
        }
    }

    private void CheckPolicies(IReadOnlyList<Policies.TradeMeasure> policies, ValidationContext<Market> context)
    {
        var known = MarketReferences.Of(context, _catalog);
        for (var i = 0; i < policies.Count; i++)
        {
            if (policies[i] is not { } measure)
            {
                continue;
            }

            var path = $"Policies[{i}]";
            for (var j = 0; j < measure.Products.Count; j++)
            {
                var product = measure.Products[j];
                if (!string.IsNullOrEmpty(product) && !known.Minerals.Contains(product) && !known.Products.Contains(product) && !InputPatterns.HsPrefix().IsMatch(product))
                {
                    context.Fail($"{path}.Products[{j}]", RuleCodes.UnknownReference, "refers to no known mineral or product, and is no HS code such as '8112' or '8112.92'", product);
                }
            }

            Each(context, measure.Offers, path + ".Offers", known.Offers, "offer");
            Reference(context, measure.Source, path + ".Source", known.Sources, "source");
            if (measure.Kind == Policies.MeasureKind.MarketingRights)
            {
                Reference(context, measure.Issuer, path + ".Issuer", known.Parties.Keys, "party");
                PartyWithRole(context, known, measure.Marketer, path + ".Marketer", Sellers, "producer or trader");
            }
        }
    }

    private void CheckReferenceDeals(IReadOnlyList<ReferenceDeal> deals, ValidationContext<Market> context)
    {
        var known = MarketReferences.Of(context, _catalog);
        for (var i = 0; i < deals.Count; i++)
        {
            if (deals[i] is not { } deal)
            {
                continue;
            }

            var path = $"ReferenceDeals[{i}]";
            PartyWithRole(context, known, deal.Supplier, path + ".Supplier", Sellers, "producer or trader");
            PartyWithRole(context, known, deal.Buyer, path + ".Buyer", Buyers, "buyer, trader or agency");
            Reference(context, deal.Product, path + ".Product", known.Products, "product (not in the catalog nor the market's catalog additions)");
            Reference(context, deal.Source, path + ".Source", known.Sources, "source (not in the catalog nor the market's catalog additions)");
        }
    }

    private void CheckBaselineImports(IReadOnlyList<BaselineImports> baselines, ValidationContext<Market> context)
    {
        var known = MarketReferences.Of(context, _catalog);
        for (var i = 0; i < baselines.Count; i++)
        {
            if (baselines[i] is not { } baseline)
            {
                continue;
            }

            var path = $"BaselineImports[{i}]";
            Reference(context, baseline.Mineral, path + ".Mineral", known.Minerals, "mineral (not in the catalog nor the market's catalog additions)");
            Reference(context, baseline.Source, path + ".Source", known.Sources, "source (not in the catalog nor the market's catalog additions)");
        }
    }

    private static void PartyWithRole(ValidationContext<Market> context, MarketReferences known, string? id, string path, PartyRoles roles, string roleNames)
    {
        if (id is null)
        {
            return;
        }

        if (!known.Parties.TryGetValue(id, out var party))
        {
            context.Fail(path, RuleCodes.UnknownReference, "refers to an unknown party", id);
        }
        else if ((party.Roles & roles) == 0)
        {
            context.Fail(path, RuleCodes.Role, $"must refer to a party with the {roleNames} role", id);
        }
    }

    private static void Each(ValidationContext<Market> context, IReadOnlyList<string>? ids, string path, IEnumerable<string> known, string what)
    {
        var set = known as ICollection<string> ?? known.ToHashSet(StringComparer.Ordinal);
        for (var j = 0; j < (ids?.Count ?? 0); j++)
        {
            Reference(context, ids![j], $"{path}[{j}]", set, what);
        }
    }

    private static void Reference(ValidationContext<Market> context, string? id, string path, ICollection<string> known, string what)
    {
        if (id is not null && !known.Contains(id))
        {
            context.Fail(path, RuleCodes.UnknownReference, $"refers to an unknown {what}", id);
        }
    }
}
