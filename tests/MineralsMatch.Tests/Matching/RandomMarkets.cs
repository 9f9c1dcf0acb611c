using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Minerals;

namespace MineralsMatch.Tests.Matching;

/// <summary>Seeded random gallium markets: several producers in two countries, buyers with caps, exclusions and minimums.</summary>
internal static class RandomMarkets
{
    public static Market Create(int seed) => Create(seed, 7, 7);

    /// <summary>Every pair of an offer and a requirement of the same product in a run's context, as generation builds it.</summary>
    public static IEnumerable<CandidatePair> Pairs(MatchingContext context)
    {
        foreach (var offer in context.Offers)
        {
            var routes = context.Routes.For(offer, context.Product(offer.Product), context.Options);
            foreach (var requirement in context.Requirements.Where(r => r.Product == offer.Product))
            {
                yield return CandidateGenerator.Pair(context, routes, requirement);
            }
        }
    }

    public static Market Create(int seed, int maxOffers, int maxRequirements)
    {
        var random = new Random(seed);
        var market = new TestMarket()
            .Route("northern", "origin", "tokyo", costPerTonne: 500m, risk: 0.2m, transit: "RU")
            .Route("air", "origin", "tokyo", costPerTonne: 5000m, max: Quantity.Kilograms(random.Next(500, 3000)));
        var offers = random.Next(0, maxOffers);
        for (var i = 0; i < offers; i++)
        {
            var chinese = random.Next(3) == 0;
            var volume = random.Next(1, 40) * 500m;
            market.Offer(
                $"o{i}",
                chinese ? $"cn-p{random.Next(3)}" : $"kz-p{random.Next(3)}",
                volume,
                random.Next(150, 260),
                country: chinese ? "CN" : "KZ",
                hub: chinese ? "cn-origin" : "origin",
                change: o => o with
                {
                    MinAnnualVolume = random.Next(4) == 0 ? Quantity.Kilograms(Math.Min(volume, random.Next(1, 10) * 200m)) : null,
                    Window = DeliveryWindow.Of(2026 + random.Next(4), 2032 + random.Next(10)),
                    Grade = new GradeSpec { Form = ProductForm.Metal, MinContent = random.Next(4) == 0 ? 0.999m : 0.9999m },
                });
        }

        var requirements = random.Next(0, maxRequirements);
        for (var j = 0; j < requirements; j++)
        {
            var volume = random.Next(1, 30) * 400m;
            market.Requirement(
                $"r{j}",
                $"buyer{random.Next(4)}",
                volume,
                random.Next(180, 320),
                priority: random.Next(1, 11),
                change: r => r with
                {
                    MaxShareFromSupplier = random.Next(3) == 0 ? random.Next(3, 10) / 10m : null,
                    MaxShareFromCountry = random.Next(3) == 0 ? random.Next(3, 10) / 10m : null,
                    ExcludedTransitCountries = random.Next(2) == 0 ? ["RU"] : [],
                    MinAnnualVolume = random.Next(5) == 0 ? Quantity.Kilograms(Math.Min(volume, random.Next(1, 10) * 100m)) : null,
                });
        }

        return market.Build();
    }

    public static Market Shuffled(Market market, int seed)
    {
        var random = new Random(seed);
        return market with
        {
            Parties = [.. market.Parties.OrderBy(_ => random.Next())],
            Hubs = [.. market.Hubs.OrderBy(_ => random.Next())],
            Routes = [.. market.Routes.OrderBy(_ => random.Next())],
            Offers = [.. market.Offers.OrderBy(_ => random.Next())],
            Requirements = [.. market.Requirements.OrderBy(_ => random.Next())],
        };
    }
}
