using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Reporting.Tests;

/// <summary>Builds small markets for report tests (gallium in kg, battery MnSO4 in t), so each test shows only what matters.</summary>
internal sealed class ReportMarket
{
    private readonly List<Party> _parties = [];
    private readonly List<Hub> _hubs = [];
    private readonly List<Route> _routes = [];
    private readonly List<SupplyOffer> _offers = [];
    private readonly List<Requirement> _requirements = [];
    private readonly string _name;

    public ReportMarket(string name = "test")
    {
        _name = name;
        Hub("origin", "KZ").Hub("tokyo", "JP").Route("direct", "origin", "tokyo", costPerTonne: 1000m);
    }

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
        Lists = [new CriticalityList { Id = "japan-32", Name = "Japan 32", Members = ["gallium"] }],
    });

    /// <summary>Options without the strategic premium or risk aversion, so values are easy to check by hand.</summary>
    public static MatchingOptions Plain { get; } = new() { PriorityPremiumPerLevel = 0m, RiskAversion = 0m };

    public ReportMarket Hub(string id, string country)
    {
        _hubs.Add(new Hub { Id = id, Name = id, Country = country, Kind = HubKind.Port });
        return this;
    }

    public ReportMarket Route(string id, string from, string to, decimal costPerTonne, decimal risk = 0m, string? transit = null)
    {
        _routes.Add(new Route
        {
            Id = id,
            Name = id,
            Legs = [new RouteLeg { From = from, To = to, Mode = TransportMode.Sea, CostPerTonne = costPerTonne, Days = 30, Risk = risk, TransitCountry = transit }],
        });
        return this;
    }

    /// <summary>An offer of gallium 4N (amount in kg, ask in USD/kg) unless <paramref name="product"/> says <c>mnso4-battery</c> (t, USD/t).</summary>
    public ReportMarket Offer(string id, string producer, decimal amount, decimal ask, string product = "gallium-4n", string country = "KZ", string hub = "origin", Func<SupplyOffer, SupplyOffer>? change = null)
    {
        Party(producer, country, PartyRoles.Producer);
        var unit = Unit(product);
        var offer = new SupplyOffer
        {
            Id = id,
            Producer = producer,
            Product = product,
            AnnualVolume = Quantity.Of(amount, unit),
            Window = DeliveryWindow.Of(2026, 2040),
            Tenor = TenorRange.Of(3, 10),
            Ask = Price.Of(ask, unit),
            OriginHub = hub,
        };
        _offers.Add(change is null ? offer : change(offer));
        return this;
    }

    /// <summary>A requirement, in the same units as <see cref="Offer"/>.</summary>
    public ReportMarket Requirement(string id, string buyer, decimal amount, decimal bid, string product = "gallium-4n", string hub = "tokyo", Func<Requirement, Requirement>? change = null)
    {
        Party(buyer, "JP", PartyRoles.Buyer);
        var unit = Unit(product);
        var requirement = new Requirement
        {
            Id = id,
            Buyer = buyer,
            Product = product,
            AnnualVolume = Quantity.Of(amount, unit),
            Window = DeliveryWindow.Of(2026, 2035),
            Tenor = TenorRange.Of(3, 10),
            Bid = Price.Of(bid, unit),
            DestinationHub = hub,
        };
        _requirements.Add(change is null ? requirement : change(requirement));
        return this;
    }

    public Market Build() => new()
    {
        Name = _name,
        Parties = _parties,
        Hubs = _hubs,
        Routes = _routes,
        Offers = _offers,
        Requirements = _requirements,
    };

    public MatchResult Match() => MatchingEngine.Create(Catalog).Match(Build(), Plain);

    public MatchResult Match(MatchingOptions options) => MatchingEngine.Create(Catalog).Match(Build(), options);

    private static QuantityUnit Unit(string product) => product == "mnso4-battery" ? QuantityUnit.Tonne : QuantityUnit.Kilogram;

    private void Party(string id, string country, PartyRoles roles)
    {
        if (!_parties.Exists(p => p.Id == id))
        {
            _parties.Add(new Party { Id = id, Name = id, Country = country, Roles = roles });
        }
    }
}
