using MineralsMatch.Logistics;

namespace MineralsMatch.Matching.Candidates;

/// <summary>Stage 1: pairs every requirement with every offer of the same product and runs the rules on each pair.</summary>
internal sealed class CandidateGenerator(IReadOnlyList<ICandidateRule> rules)
{
    /// <summary>The built-in rules, cheapest first.</summary>
    public static IReadOnlyList<ICandidateRule> BuiltIn { get; } =
    [
        new ExclusionRule(),
        new GradeRule(),
        new WindowRule(),
        new IncotermRule(),
        new RouteRule(),
        new PriceRule(),
        new MinimumVolumeRule(),
    ];

    public CandidateSet Generate(MatchingContext context, CancellationToken cancellationToken)
    {
        var offersByProduct = context.Offers
            .Select(o => context.Routes.For(o, context.Product(o.Product), context.Options))
            .ToLookup(r => r.Offer.Product, StringComparer.Ordinal);
        var accepted = new List<CandidatePair>();
        var rejected = new List<CandidateRejection>();
        foreach (var requirement in context.Requirements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var product = context.Product(requirement.Product);
            foreach (var routes in offersByProduct[requirement.Product])
            {
                var offer = routes.Offer;
                var pair = new CandidatePair
                {
                    Offer = offer,
                    Requirement = requirement,
                    Product = product,
                    Supplier = context.Parties[offer.Producer],
                    Buyer = context.Parties[requirement.Buyer],
                    Route = routes.Cheapest(requirement),
                    JoiningRoutes = routes.Joining(requirement.DestinationHub),
                    Options = context.Options,
                    Routes = context.Routes,
                };
                var failure = FirstFailure(pair);
                if (failure is null)
                {
                    accepted.Add(pair);
                }
                else
                {
                    rejected.Add(new CandidateRejection(offer.Id, requirement.Id, failure.Value.Rule, failure.Value.Reason));
                }
            }
        }

        return new CandidateSet(accepted, rejected);
    }

    private (string Rule, Reason Reason)? FirstFailure(CandidatePair pair)
    {
        foreach (var rule in rules)
        {
            if (rule.Check(pair) is { } reason)
            {
                return (rule.Name, reason);
            }
        }

        return null;
    }
}
