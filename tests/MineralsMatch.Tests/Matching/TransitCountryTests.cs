using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;

namespace MineralsMatch.Tests.Matching;

/// <summary>A route transits the countries its legs name and the countries of the hubs it passes through.</summary>
public sealed class TransitCountryTests
{
    private static MatchResult Run(Func<Requirement, Requirement>? change = null)
    {
        var market = new TestMarket()
            .Hub("vladivostok", "RU")
            .Offer("o1", "erg", 10_000m, 200m)
            .Requirement("r1", "jogmec", 1_000m, 300m, change: r => change is null ? r with { ExcludedRoutes = ["direct"] } : change(r with { ExcludedRoutes = ["direct"] }))
            .Build();
        var viaRussia = new Route
        {
            Id = "via-vladivostok",
            Name = "Via Vladivostok",
            Legs =
            [
                new RouteLeg { From = "origin", To = "vladivostok", Mode = TransportMode.Rail, CostPerTonne = 100m, Days = 10 },
                new RouteLeg { From = "vladivostok", To = "tokyo", Mode = TransportMode.Sea, CostPerTonne = 100m, Days = 5 },
            ],
        };
        return MatchingEngine.Create(TestMarket.Catalog).Match(market with { Routes = [.. market.Routes, viaRussia] }, TestMarket.Plain.Value);
    }

    [Test]
    public void A_route_through_a_port_of_an_excluded_country_is_not_allowed_even_without_a_transit_country_on_its_legs()
    {
        var result = Run(r => r with { ExcludedTransitCountries = ["RU"] });

        Assert.That(result.Proposals, Is.Empty);
        var reason = result.Requirements.Single().Reasons.Single();
        Assert.That(reason.Kind, Is.EqualTo(ReasonKind.NoAllowedRoute));
        Assert.That(reason.Message, Does.Contain("via-vladivostok transits RU, which r1 excludes"));
    }

    [Test]
    public void The_same_route_is_used_when_its_hub_countries_are_not_excluded()
    {
        var result = Run();

        Assert.That(result.Proposals.Single().Route, Is.EqualTo("via-vladivostok"));
    }

    [Test]
    public void Transit_countries_are_the_legs_then_the_hubs_between_the_ends()
    {
        var route = new Route
        {
            Id = "r",
            Name = "r",
            Legs =
            [
                new RouteLeg { From = "a", To = "b", Mode = TransportMode.Sea, CostPerTonne = 1m, Days = 1, TransitCountry = "TR" },
                new RouteLeg { From = "b", To = "c", Mode = TransportMode.Sea, CostPerTonne = 1m, Days = 1 },
            ],
        };
        var hubs = new[] { ("a", "KZ"), ("b", "AZ"), ("c", "JP") }.Select(h => new Hub { Id = h.Item1, Name = h.Item1, Country = h.Item2, Kind = HubKind.Port });

        Assert.That(new RouteFinder([route], hubs).TransitCountries(route), Is.EqualTo(new[] { "TR", "AZ" }), "the origin and destination hubs are the ends, not transit");
    }
}
