using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Tests.Matching;

/// <summary>
/// The engine judges a pair with each built-in rule's record-free face (<see cref="IDeferredRule"/>) and writes the reason later,
/// only if it is shown: that face must fail exactly where <see cref="ICandidateRule.Check"/> does, with the same kind, whether the
/// pair is seen through its record or through the engine's view without one.
/// </summary>
public sealed class DeferredRuleTests
{
    private static readonly Incoterm[] Terms = [Incoterm.Exw, Incoterm.Fca, Incoterm.Fob];

    [Test]
    public void Every_built_in_rule_fails_where_its_check_does_with_the_same_kind()
    {
        var pairs = 0;
        var failures = new Dictionary<ReasonKind, int>();
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var market = Varied(RandomMarkets.Create(seed, 8, 8), random);
            var context = new MatchingContext(market, CatalogExtension.Extend(TestMarket.Catalog, market.Catalog), MatchingOptions.Default);
            foreach (var record in RandomMarkets.Pairs(context))
            {
                var figures = PairFigures.Of(record);
                var bare = new PairView(record.Offer, record.Requirement, record.Product, record.Supplier, record.Buyer, record.Route, record.Options);
                var name = $"{record.Offer.Id} × {record.Requirement.Id}";
                pairs++;
                foreach (var rule in CandidateGenerator.BuiltIn)
                {
                    var expected = rule.Check(record)?.Kind;
                    var deferred = (IDeferredRule)rule;
                    Assert.That(deferred.Fails(PairView.Of(record), figures), Is.EqualTo(expected), $"seed {seed}, {rule.Name}, {name}, through the record");
                    Assert.That(deferred.Fails(bare, figures), Is.EqualTo(expected), $"seed {seed}, {rule.Name}, {name}, without the record");
                    if (expected is { } kind)
                    {
                        failures[kind] = failures.GetValueOrDefault(kind) + 1;
                    }
                }
            }
        }

        // The varied markets reach every kind the rules give without trade measures (else the comparison proves little).
        Assert.That(pairs, Is.GreaterThan(2_000));
        Assert.That(failures.Keys, Is.SupersetOf(new[]
        {
            ReasonKind.Excluded, ReasonKind.GradeShortfall, ReasonKind.TenorMismatch, ReasonKind.WindowMismatch,
            ReasonKind.IncotermMismatch, ReasonKind.NoAllowedRoute, ReasonKind.PriceGap, ReasonKind.BelowMinimumVolume,
        }));
    }

    // Exclusions, Incoterms, tenors and impurity limits the random markets leave out, drawn per offer and requirement.
    private static Market Varied(Market market, Random random) => market with
    {
        Offers = [.. market.Offers.Select(o => o with
        {
            ExcludedBuyers = random.Next(8) == 0 ? ["buyer1"] : [],
            ExcludedCountries = random.Next(12) == 0 ? ["JP"] : [],
            Incoterms = random.Next(3) == 0 ? [Terms[random.Next(Terms.Length)]] : [],
            Tenor = TenorRange.Of(1 + random.Next(4), 5 + random.Next(8)),
            Grade = random.Next(6) == 0 ? o.Grade with { MaxImpuritiesPpm = new Dictionary<string, decimal> { ["Fe"] = random.Next(5, 40) } } : o.Grade,
        })],
        Requirements = [.. market.Requirements.Select(r => r with
        {
            ExcludedSuppliers = random.Next(8) == 0 ? ["kz-p1"] : [],
            ExcludedOriginCountries = random.Next(12) == 0 ? ["CN"] : [],
            ExcludedRoutes = random.Next(4) switch { 0 => ["air"], 1 => ["direct", "cn-direct", "northern", "air"], _ => [] },
            Incoterms = random.Next(3) == 0 ? [Terms[random.Next(Terms.Length)]] : [],
            Tenor = TenorRange.Of(1 + random.Next(6), 6 + random.Next(8)),
            Window = random.Next(6) == 0 ? DeliveryWindow.Of(2040, 2045) : r.Window,
            Spec = random.Next(6) == 0 ? r.Spec with { MaxImpuritiesPpm = new Dictionary<string, decimal> { ["Fe"] = 20m } } : r.Spec,
        })],
    };
}
