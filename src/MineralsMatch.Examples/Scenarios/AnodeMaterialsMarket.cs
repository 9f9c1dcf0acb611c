using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;

namespace MineralsMatch.Examples.Scenarios;

/// <summary>A small market for the minerals the new-mineral example adds: Kazakh flake graphite and silicon metal for Japanese buyers.</summary>
/// <remarks>Illustrative volumes and prices, chosen for the example.</remarks>
public static class AnodeMaterialsMarket
{
    /// <summary>The graphite product added through the builder.</summary>
    public const string Graphite = "graphite-flake";

    /// <summary>Builds the market.</summary>
    /// <returns>The market.</returns>
    public static Market Create() => new()
    {
        Name = "anode-materials",
        Description = "Kazakh flake graphite and silicon metal for Japanese battery and chemical buyers (illustrative).",
        Parties =
        [
            new Party { Id = "sarytogan-graphite", Name = "Sarytogan Graphite", Country = "KZ", Roles = PartyRoles.Producer, Produces = ["graphite"] },
            new Party { Id = "tau-ken-temir", Name = "Tau-Ken Temir (silicon)", Country = "KZ", Roles = PartyRoles.Producer, Produces = [SiliconCatalogFile.Mineral] },
            new Party { Id = "resonac", Name = "Resonac Corporation", Country = "JP", Roles = PartyRoles.Buyer, Buys = ["graphite"] },
            new Party { Id = "panasonic-energy", Name = "Panasonic Energy", Country = "JP", Roles = PartyRoles.Buyer, Buys = ["graphite"] },
            new Party { Id = "shin-etsu-chemical", Name = "Shin-Etsu Chemical Co., Ltd.", Country = "JP", Roles = PartyRoles.Buyer, Buys = [SiliconCatalogFile.Mineral] },
        ],
        Hubs =
        [
            new Hub { Id = "karaganda", Name = "Karaganda region plants", Country = "KZ", Kind = HubKind.Plant },
            new Hub { Id = "aktau", Name = "Port of Aktau", Country = "KZ", Kind = HubKind.Port },
            new Hub { Id = "baku-alat", Name = "Port of Baku (Alat)", Country = "AZ", Kind = HubKind.Port },
            new Hub { Id = "poti", Name = "Port of Poti", Country = "GE", Kind = HubKind.Port },
            new Hub { Id = "yokohama", Name = "Port of Yokohama", Country = "JP", Kind = HubKind.Port },
        ],
        Routes =
        [
            new Route
            {
                Id = "mc-karaganda-yokohama",
                Name = "Middle Corridor Karaganda - Aktau - Baku - Poti - Yokohama",
                Legs =
                [
                    new RouteLeg { From = "karaganda", To = "aktau", Mode = TransportMode.Rail, CostPerTonne = 55m, Days = 5, Risk = 0.005m, TransitCountry = "KZ" },
                    new RouteLeg { From = "aktau", To = "baku-alat", Mode = TransportMode.Ferry, CostPerTonne = 45m, Days = 3, Risk = 0.03m },
                    new RouteLeg { From = "baku-alat", To = "poti", Mode = TransportMode.Rail, CostPerTonne = 40m, Days = 4, Risk = 0.01m, TransitCountry = "GE" },
                    new RouteLeg { From = "poti", To = "yokohama", Mode = TransportMode.Sea, CostPerTonne = 75m, Days = 35, Risk = 0.03m },
                ],
            },
        ],
        Offers =
        [
            new SupplyOffer
            {
                Id = "sarytogan-flake",
                Producer = "sarytogan-graphite",
                Product = Graphite,
                Grade = new GradeSpec { Form = ProductForm.Concentrate, MinContent = 0.94m },
                AnnualVolume = Quantity.Tonnes(20_000m),
                MinAnnualVolume = Quantity.Tonnes(2_000m),
                Window = DeliveryWindow.Of(2028, 2045),
                Tenor = TenorRange.Of(3, 10),
                Ask = Price.PerTonne(650m),
                OriginHub = "karaganda",
            },
            new SupplyOffer
            {
                Id = "tau-ken-temir-silicon",
                Producer = "tau-ken-temir",
                Product = SiliconCatalogFile.Product,
                Grade = new GradeSpec { Form = ProductForm.Metal, MinContent = 0.987m },
                AnnualVolume = Quantity.Tonnes(10_000m),
                MinAnnualVolume = Quantity.Tonnes(1_000m),
                Window = DeliveryWindow.Of(2027, 2040),
                Tenor = TenorRange.Of(3, 8),
                Ask = Price.PerTonne(1_900m),
                OriginHub = "karaganda",
            },
        ],
        Requirements =
        [
            new Requirement
            {
                Id = "resonac-anode-graphite",
                Buyer = "resonac",
                Product = Graphite,
                Spec = new GradeSpec { Form = ProductForm.Concentrate, MinContent = 0.94m },
                AnnualVolume = Quantity.Tonnes(8_000m),
                MinAnnualVolume = Quantity.Tonnes(2_000m),
                Window = DeliveryWindow.Of(2028, 2038),
                Tenor = TenorRange.Of(5, 10),
                Bid = Price.PerTonne(1_100m),
                DestinationHub = "yokohama",
                Priority = 7,
            },
            new Requirement
            {
                Id = "panasonic-graphite",
                Buyer = "panasonic-energy",
                Product = Graphite,
                Spec = new GradeSpec { Form = ProductForm.Concentrate, MinContent = 0.95m },
                AnnualVolume = Quantity.Tonnes(5_000m),
                MinAnnualVolume = Quantity.Tonnes(1_000m),
                Window = DeliveryWindow.Of(2029, 2036),
                Tenor = TenorRange.Of(3, 7),
                Bid = Price.PerTonne(1_050m),
                DestinationHub = "yokohama",
                Priority = 6,
            },
            new Requirement
            {
                Id = "shin-etsu-silicon",
                Buyer = "shin-etsu-chemical",
                Product = SiliconCatalogFile.Product,
                Spec = new GradeSpec { Form = ProductForm.Metal, MinContent = 0.985m },
                AnnualVolume = Quantity.Tonnes(6_000m),
                MinAnnualVolume = Quantity.Tonnes(1_000m),
                Window = DeliveryWindow.Of(2027, 2035),
                Tenor = TenorRange.Of(5, 8),
                Bid = Price.PerTonne(2_600m),
                DestinationHub = "yokohama",
                Priority = 6,
            },
        ],
    };
}
