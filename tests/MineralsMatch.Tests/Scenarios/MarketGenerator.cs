using CsCheck;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Parties;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Tests.Scenarios;

/// <summary>Generates valid scenarios over the test catalog: parties 0 (producer) and 1 (buyer), hubs h-0 → h-1 → h-2.</summary>
internal static class MarketGenerator
{
    private static readonly string[] Products = ["gallium-4n", "mnso4-battery", "mn-ore-44", "extra-powder"];

    private static readonly Gen<string> Text =
        Gen.OneOf('a', 'Z', '0', ' ', 'é', '·', '"', '\\', '<', '→', '\u00A0', '/', '日').Array[0, 10].Select(cs => "N" + new string(cs));

    private static readonly Gen<decimal> Amount = Gen.Int[1, 5_000_000].Select(Gen.Int[0, 3], (n, scale) => n / (decimal)Math.Pow(10, scale));

    private static readonly Gen<decimal> Fraction = Gen.Int[1, 10_000].Select(n => n / 10_000m);

    private static readonly Gen<QuantityUnit> Unit = Gen.Enum<QuantityUnit>();

    private static readonly Gen<string?> Note = Text.Null();

    private static readonly Gen<IReadOnlyList<string>> Countries = Gen.OneOf("KZ", "JP", "CN", "DE").Array[0, 3].Select(a => (IReadOnlyList<string>)a.Distinct().ToArray());

    private static readonly Gen<IReadOnlyList<Incoterm>> Incoterms = Gen.Enum<Incoterm>().Array[0, 3].Select(a => (IReadOnlyList<Incoterm>)a.Distinct().ToArray());

    private static readonly Gen<Dictionary<string, string>> Attributes =
        Gen.Dictionary(Gen.OneOf("cert", "origin", "lot size"), Text)[0, 2];

    private static readonly Gen<GradeSpec> Grade = Gen.Select(
        Gen.Enum<ProductForm>().Nullable(),
        Fraction.Nullable(),
        Gen.Dictionary(Gen.OneOf("Fe", "Pb", "SiO2"), Gen.Int[0, 500].Select(n => (decimal)n))[0, 3].Select(d => (IReadOnlyDictionary<string, decimal>)d),
        (form, content, impurities) => new GradeSpec { Form = form, MinContent = content, MaxImpuritiesPpm = impurities });

    private static readonly Gen<(DeliveryWindow, TenorRange)> Terms = Gen.Select(Gen.Int[1990, 2150], Gen.Int[0, 40], Gen.Int[1, 50], Gen.Int[0, 49],
        (first, span, min, extra) => (DeliveryWindow.Of(first, first + span), TenorRange.Of(min, Math.Min(50, min + extra))));

    private static readonly Gen<Quantity> Volume = Gen.Select(Amount, Unit, Quantity.Of);

    private static readonly Gen<SupplyOffer> Offer = Gen.Select(Gen.OneOf(Products), Grade, Volume, Terms, Amount, Incoterms, Countries, Gen.Select(Attributes, Note, Gen.Bool))
        .Select(t => new SupplyOffer
        {
            Id = "offer",
            Producer = "party-0",
            Product = t.Item1,
            Grade = t.Item2,
            AnnualVolume = t.Item3,
            MinAnnualVolume = t.Item8.Item3 ? t.Item3 * 0.5m : null,
            Window = t.Item4.Item1,
            Tenor = t.Item4.Item2,
            Ask = Price.Of(t.Item5, t.Item3.Unit),
            OriginHub = "h-0",
            Incoterms = t.Item6,
            ExcludedCountries = t.Item7,
            Attributes = t.Item8.Item1,
            Note = t.Item8.Item2,
        });

    private static readonly Gen<Requirement> Need = Gen.Select(Gen.OneOf(Products), Grade, Volume, Terms, Amount, Gen.Int[1, 10], Fraction.Nullable(), Gen.Select(Countries, Incoterms, Note, Gen.Bool))
        .Select(t => new Requirement
        {
            Id = "need",
            Buyer = "party-1",
            Product = t.Item1,
            Spec = t.Item2,
            AnnualVolume = t.Item3,
            MinAnnualVolume = t.Item8.Item4 ? t.Item3 * 0.25m : null,
            Window = t.Item4.Item1,
            Tenor = t.Item4.Item2,
            Bid = Price.Of(t.Item5, t.Item3.Unit),
            DestinationHub = "h-2",
            Priority = t.Item6,
            MaxShareFromSupplier = t.Item7,
            ExcludedTransitCountries = t.Item8.Item1,
            Incoterms = t.Item8.Item2,
            Note = t.Item8.Item3,
        });

    private static readonly Gen<RouteLeg> Leg = Gen.Select(Gen.Enum<TransportMode>(), Amount, Gen.Int[0, 60], Fraction, Gen.OneOf(new string?[] { null, "KZ", "AZ" }),
        (mode, cost, days, risk, transit) => new RouteLeg { From = "h-0", To = "h-1", Mode = mode, CostPerTonne = Math.Min(cost, 1_000_000m), Days = days, Risk = risk, TransitCountry = transit });

    private static readonly Gen<Party> Party = Gen.Select(Text, Gen.OneOf("KZ", "JP"), Gen.Int[1, 15], Note,
        (name, country, roles, note) => new Party { Id = "party", Name = name, Country = country, Roles = (PartyRoles)roles, Note = note });

    private static readonly Gen<MatchingOptions?> Options = Gen.Select(Gen.Enum<MatchObjective>(), Fraction, Gen.Int[1, 50],
        (objective, share, years) => new MatchingOptions { Objective = objective, BargainingShare = share, IndexLinkedFromYears = years }).Null();

    /// <summary>A valid scenario whose catalog additions add the product <c>extra-powder</c>.</summary>
    public static Gen<Scenario> Scenario { get; } = Gen.Select(
        Party.Array[2, 4], Gen.Enum<HubKind>().Array[3], Leg.Array[2].Array[0, 2], Offer.Array[0, 4], Need.Array[0, 4], Text, Options,
        (parties, kinds, routes, offers, needs, name, options) => new Scenario
        {
            Options = options,
            Market = new Market
            {
                Name = name,
                Catalog = new CatalogContent
                {
                    Minerals = [new Mineral
                    {
                        Id = "extra", Name = "Extra", Symbol = "Ex", Group = MineralGroup.Other,
                        Products = [new Product { Id = "extra-powder", Mineral = "extra", Name = "Extra powder", Form = ProductForm.Powder, PricingUnit = QuantityUnit.Kilogram }],
                    }],
                },
                Parties = [.. parties.Select((p, i) => p with { Id = $"party-{i}", Roles = p.Roles | (i == 0 ? PartyRoles.Producer : PartyRoles.Buyer) })],
                Hubs = [.. kinds.Select((k, i) => new Hub { Id = $"h-{i}", Name = $"Hub {i}", Country = "KZ", Kind = k })],
                Routes = [.. routes.Select((legs, i) => new Route
                {
                    Id = $"route-{i}",
                    Name = $"Route {i}",
                    Legs = [legs[0], legs[1] with { From = "h-1", To = "h-2" }],
                })],
                Offers = [.. offers.Select((o, i) => o with { Id = $"offer-{i}" })],
                Requirements = [.. needs.Select((r, i) => r with { Id = $"need-{i}" })],
            },
        });
}
