using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Minerals;
using MineralsMatch.Tests.Matching;

namespace MineralsMatch.Tests.Properties;

/// <summary>
/// Seeded random markets of every size class — tiny, small, medium, at the 10⁹ volume and 10⁷ price limits — with
/// resolutions from the coarsest to the finest, caps, minimums, exclusions, windows and routes through hubs.
/// </summary>
internal static class HostileMarkets
{
    private static readonly decimal[] VolumeResolutions = [1m, 0.001m, 0.000000001m, 0.0000000000000001m];
    private static readonly decimal[] ValueResolutions = [0.01m, 0.000001m, 0.0000000000000001m, 0.0000000000000000000000000001m];

    public static (Market Market, MatchingOptions Options) Create(int seed, MarketSize size)
    {
        var random = new Random(seed);
        var (most, volume, price) = size switch
        {
            MarketSize.Tiny => (3, 2_000m, 400m),
            MarketSize.Small => (10, 20_000m, 400m),
            MarketSize.Medium => (40, 50_000m, 400m),
            _ => (8, 1_000_000_000m, 10_000_000m),
        };
        decimal Volume() => size == MarketSize.Limits && random.Next(2) == 0 ? volume : Math.Min(volume, decimal.Round(volume * (decimal)random.NextDouble(), random.Next(0, 4)) + 0.5m);
        decimal Money() => size == MarketSize.Limits && random.Next(2) == 0 ? price : Math.Min(price, decimal.Round(50m + (price * (decimal)random.NextDouble()), 2));
        var market = new TestMarket()
            .Hub("vladivostok", "RU")
            .Route("northern", "origin", "tokyo", costPerTonne: 300m, risk: 0.1m, transit: "RU")
            .Route("air", "origin", "tokyo", costPerTonne: 3000m, max: Quantity.Kilograms(random.Next(1, 5000)));
        var countries = new[] { ("KZ", "origin"), ("CN", "cn-origin") };
        for (var i = 0; i < random.Next(0, most + 1); i++)
        {
            var (country, hub) = countries[random.Next(2)];
            var amount = Volume();
            market.Offer($"o{i}", $"{country.ToLowerInvariant()}-p{random.Next(4)}", amount, Money(), country, hub, o => o with
            {
                AnnualVolume = random.Next(3) == 0 ? Quantity.Tonnes(Math.Min(amount, 1_000_000_000m)) : o.AnnualVolume,
                MinAnnualVolume = random.Next(4) == 0 ? Quantity.Kilograms(decimal.Round(amount * (decimal)random.NextDouble(), 3) + 0.001m) : null,
                Window = DeliveryWindow.Of(2026 + random.Next(5), 2032 + random.Next(10)),
                Tenor = TenorRange.Of(1 + random.Next(4), 5 + random.Next(10)),
                Incoterms = random.Next(3) == 0 ? [Incoterm.Fob, Incoterm.Cif] : [],
                ExcludedBuyers = random.Next(6) == 0 ? ["b0"] : [],
                Grade = new GradeSpec { Form = ProductForm.Metal, MinContent = random.Next(5) == 0 ? 0.999m : 0.9999m },
            });
        }

        for (var j = 0; j < random.Next(0, most + 1); j++)
        {
            var amount = Volume();
            market.Requirement($"r{j}", $"b{random.Next(5)}", amount, Money(), random.Next(1, 11), r => r with
            {
                AnnualVolume = random.Next(3) == 0 ? Quantity.Tonnes(Math.Min(amount, 1_000_000_000m)) : r.AnnualVolume,
                MinAnnualVolume = random.Next(5) == 0 ? Quantity.Kilograms(decimal.Round(amount * (decimal)random.NextDouble(), 3) + 0.001m) : null,
                Window = DeliveryWindow.Of(2026 + random.Next(5), 2030 + random.Next(10)),
                Tenor = TenorRange.Of(1 + random.Next(4), 5 + random.Next(10)),
                MaxShareFromSupplier = random.Next(3) == 0 ? random.Next(2, 10) / 10m : null,
                MaxShareFromCountry = random.Next(3) == 0 ? random.Next(2, 10) / 10m : null,
                ExcludedTransitCountries = random.Next(2) == 0 ? ["RU"] : [],
                ExcludedOriginCountries = random.Next(6) == 0 ? ["CN"] : [],
                ExcludedSuppliers = random.Next(6) == 0 ? ["kz-p0"] : [],
                ExcludedRoutes = random.Next(6) == 0 ? ["direct"] : [],
                Incoterms = random.Next(4) == 0 ? [Incoterm.Ddp] : [],
            });
        }

        var built = market.Build();
        var viaRussia = new Route
        {
            Id = "via-vladivostok",
            Name = "Via Vladivostok",
            Legs =
            [
                new RouteLeg { From = "origin", To = "vladivostok", Mode = TransportMode.Rail, CostPerTonne = 150m, Days = 10 },
                new RouteLeg { From = "vladivostok", To = "tokyo", Mode = TransportMode.Sea, CostPerTonne = 100m, Days = 5 },
            ],
        };
        var options = TestMarket.Plain.Value with
        {
            Objective = random.Next(2) == 0 ? MatchObjective.TotalValue : MatchObjective.CoverageFirst,
            VolumeResolution = VolumeResolutions[random.Next(VolumeResolutions.Length)],
            ValueResolution = ValueResolutions[random.Next(ValueResolutions.Length)],
            PriorityPremiumPerLevel = random.Next(2) == 0 ? 0m : 0.01m,
        };
        return (built with { Routes = [.. built.Routes, viaRussia] }, options);
    }
}
