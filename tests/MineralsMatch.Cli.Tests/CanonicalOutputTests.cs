using MineralsMatch.Markets;
using MineralsMatch.Scenarios;

namespace MineralsMatch.Cli.Tests;

/// <summary>The same market in any order — collections and the lists inside each item — gives byte-identical output.</summary>
public class CanonicalOutputTests
{
    private static Market WithIncotermMismatches(Market market) => market with
    {
        Offers = [.. market.Offers.Select((o, i) => o with { Incoterms = i % 2 == 0 ? [Incoterm.Fob, Incoterm.Cif, Incoterm.Exw] : [Incoterm.Dap, Incoterm.Fca] })],
        Requirements = [.. market.Requirements.Select((r, j) => r with
        {
            Incoterms = j % 3 == 0 ? [Incoterm.Ddp, Incoterm.Cpt] : j % 3 == 1 ? [Incoterm.Fca, Incoterm.Fob, Incoterm.Cif] : [],
            ExcludedTransitCountries = j % 2 == 0 ? ["RU", "CN", "IR"] : [],
        })],
    };

    private static List<T> Shuffle<T>(IEnumerable<T> items, Random random) => [.. items.OrderBy(_ => random.Next())];

    private static Market Shuffled(Market market, int seed)
    {
        var random = new Random(seed);
        return market with
        {
            Parties = Shuffle(market.Parties, random),
            Hubs = Shuffle(market.Hubs, random),
            Routes = Shuffle(market.Routes, random),
            Offers = Shuffle(market.Offers.Select(o => o with { Incoterms = Shuffle(o.Incoterms, random), ExcludedCountries = Shuffle(o.ExcludedCountries, random), ExcludedBuyers = Shuffle(o.ExcludedBuyers, random) }), random),
            Requirements = Shuffle(market.Requirements.Select(r => r with
            {
                Incoterms = Shuffle(r.Incoterms, random),
                ExcludedTransitCountries = Shuffle(r.ExcludedTransitCountries, random),
                ExcludedRoutes = Shuffle(r.ExcludedRoutes, random),
                ExcludedSuppliers = Shuffle(r.ExcludedSuppliers, random),
            }), random),
        };
    }

    [TestCase("json")]
    [TestCase("table")]
    [TestCase("md")]
    public void A_shuffled_market_gives_byte_identical_output(string format)
    {
        using var folder = new TempFolder();
        var market = WithIncotermMismatches(MarketScenarios.JapanKazakhstan());
        ScenarioFile.Save(market, folder.File("market.json"));
        ScenarioFile.Save(Shuffled(market, 17), folder.File("shuffled.json"));

        var original = Tool.Run("match", folder.File("market.json"), "--format", format);
        var shuffled = Tool.Run("match", folder.File("shuffled.json"), "--format", format);

        Assert.That(original.ExitCode, Is.EqualTo(0), original.ToString);
        if (format == "json")
        {
            Assert.That(original.Stdout, Does.Contain("delivers EXW/FOB/CIF").And.Contain("accepts CPT/DDP"), "incoterm mismatches explained in canonical order");
        }

        Assert.That(shuffled.Stdout, Is.EqualTo(original.Stdout));
    }
}
