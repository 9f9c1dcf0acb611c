using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Tests.Matching;

/// <summary>Builds small markets for engine tests, so each test shows only what matters.</summary>
internal sealed class TestMarket
{
    private readonly List<Party> _parties = [];
    private readonly List<Hub> _hubs = [];
    private readonly List<Route> _routes = [];
    private readonly List<SupplyOffer> _offers = [];
    private readonly List<Requirement> _requirements = [];

    public static MineralCatalog Catalog { get; } = MineralCatalog.Create(new CatalogContent
    {
        Sources = [new Source { Key = "TEST", Title = "Test data" }],
        Minerals =
        [
            new Mineral
            {
                Id = "gallium", Name = "Gallium", Symbol = "Ga", Group = MineralGroup.Semiconductor,
                Products = [new Product { Id = "gallium-4n", Mineral = "gallium", Name = "Gallium 4N", Form = ProductForm.Metal, PricingUnit = QuantityUnit.Kilogram }],
            },
            new Mineral
            {
                Id = "manganese", Name = "Manganese", Symbol = "Mn", Group = MineralGroup.Battery,
                Products = [new Product { Id = "mnso4-battery", Mineral = "manganese", Name = "MnSO4·H2O battery grade", Form = ProductForm.Salt, PricingUnit = QuantityUnit.Tonne, Content = 0.325m }],
            },
        ],
        Lists = [new CriticalityList { Id = "japan-32", Name = "Japan 32", Members = ["gallium", "manganese"] }],
    });

    public static MatchingOptionsPlain Plain => new();

    public TestMarket()
    {
        Hub("origin", "KZ");
        Hub("tokyo", "JP");
        Hub("cn-origin", "CN");
        Route("direct", "origin", "tokyo", costPerTonne: 1000m);
        Route("cn-direct", "cn-origin", "tokyo", costPerTonne: 1000m);
    }

    public TestMarket Hub(string id, string country)
    {
        _hubs.Add(new Hub { Id = id, Name = id, Country = country, Kind = HubKind.Port });
        return this;
    }

    public TestMarket Route(string id, string from, string to, decimal costPerTonne, decimal risk = 0m, string? transit = null, Quantity? max = null)
    {
        _routes.Add(new Route
        {
            Id = id,
            Name = id,
            MaxAnnualVolume = max,
            Legs = [new RouteLeg { From = from, To = to, Mode = TransportMode.Sea, CostPerTonne = costPerTonne, Days = 30, Risk = risk, TransitCountry = transit }],
        });
        return this;
    }

    public TestMarket Offer(string id, string producer, decimal kg, decimal ask, string country = "KZ", string hub = "origin", Func<SupplyOffer, SupplyOffer>? change = null)
    {
        Party(producer, country, PartyRoles.Producer);
        var offer = new SupplyOffer
        {
            Id = id,
            Producer = producer,
            Product = "gallium-4n",
            Grade = new GradeSpec { Form = ProductForm.Metal, MinContent = 0.9999m },
            AnnualVolume = Quantity.Kilograms(kg),
            Window = DeliveryWindow.Of(2026, 2040),
            Tenor = TenorRange.Of(3, 10),
            Ask = Price.PerKilogram(ask),
            OriginHub = hub,
        };
        _offers.Add(change is null ? offer : change(offer));
        return this;
    }

    public TestMarket Requirement(string id, string buyer, decimal kg, decimal bid, int priority = 5, Func<Requirement, Requirement>? change = null)
    {
        Party(buyer, "JP", PartyRoles.Buyer);
        var requirement = new Requirement
        {
            Id = id,
            Buyer = buyer,
            Product = "gallium-4n",
            Spec = new GradeSpec { Form = ProductForm.Metal, MinContent = 0.9999m },
            AnnualVolume = Quantity.Kilograms(kg),
            Window = DeliveryWindow.Of(2026, 2035),
            Tenor = TenorRange.Of(3, 10),
            Bid = Price.PerKilogram(bid),
            DestinationHub = "tokyo",
            Priority = priority,
        };
        _requirements.Add(change is null ? requirement : change(requirement));
        return this;
    }

    public Market Build() => new()
    {
        Name = "test",
        Parties = _parties,
        Hubs = _hubs,
        Routes = _routes,
        Offers = _offers,
        Requirements = _requirements,
    };

    private void Party(string id, string country, PartyRoles roles)
    {
        if (!_parties.Exists(p => p.Id == id))
        {
            _parties.Add(new Party { Id = id, Name = id, Country = country, Roles = roles });
        }
    }
}

/// <summary>Options without the strategic premium or risk aversion, so values are easy to check by hand.</summary>
internal sealed record MatchingOptionsPlain
{
    public MineralsMatch.Matching.MatchingOptions Value { get; } = new() { PriorityPremiumPerLevel = 0m, RiskAversion = 0m };
}
