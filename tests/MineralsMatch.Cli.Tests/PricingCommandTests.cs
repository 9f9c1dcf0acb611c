using System.Text.Json;
using MineralsMatch.Formatting;

namespace MineralsMatch.Cli.Tests;

/// <summary><c>match --pricing</c> and <c>match --objective stable</c> on the embedded market.</summary>
public sealed class PricingCommandTests
{
    [Test]
    public void Core_pricing_prices_each_offer_once_and_gives_each_contract_its_range()
    {
        // In the sourced market AOK's gallium all goes to MC RtM (the real offtake); the library tests cover an offer with
        // several buyers. Here: every offer, whatever its buyers, has one FCA price, and every range holds its price.
        var run = Tool.Run("match", "--pricing", "core", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        using var json = JsonDocument.Parse(run.Stdout);
        var proposals = json.RootElement.GetProperty("proposals").EnumerateArray().ToList();
        Assert.That(proposals.Where(p => p.GetProperty("offerId").GetString()!.StartsWith("aok-gallium", StringComparison.Ordinal)), Is.Not.Empty);
        Assert.That(proposals.Select(p => p.GetProperty("pricing").GetString()), Is.All.EqualTo("core"));
        foreach (var offer in proposals.GroupBy(p => p.GetProperty("offerId").GetString()))
        {
            Assert.That(offer.Select(FcaPrice).Distinct().Count(), Is.EqualTo(1), $"one FCA price for {offer.Key} (a CFR price carries the freight on top)");
        }

        foreach (var p in proposals)
        {
            var range = p.GetProperty("negotiation");
            Assert.That(range.GetProperty("containsBasePrice").GetBoolean(), Is.True);
            Assert.That(range.GetProperty("sellerWalkAway").GetDecimal(), Is.LessThanOrEqualTo(range.GetProperty("buyerWalkAway").GetDecimal()));
        }
    }

    // The price at the seller's door: a delivered (CFR) price less the freight its value breakdown charges.
    private static decimal FcaPrice(JsonElement proposal)
    {
        var terms = proposal.GetProperty("priceTerms");
        var price = terms.GetProperty("basePrice").GetDecimal();
        if (terms.GetProperty("incoterm").GetString() == "FCA")
        {
            return price;
        }

        var freight = proposal.GetProperty("valueBreakdown").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "logistics").GetProperty("usdPerUnit").GetDecimal();
        return price + freight;
    }

    [Test]
    public void The_table_shows_each_volume_band_and_stars_the_narrowed_ones()
    {
        var json = Tool.Run("match", "--format", "json");
        var table = Tool.Run("match");

        Assert.That(json.ExitCode, Is.EqualTo(0), json.ToString);
        Assert.That(table.ExitCode, Is.EqualTo(0), table.ToString);
        using var document = JsonDocument.Parse(json.Stdout);
        var terms = document.RootElement.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("priceTerms")).ToList();
        var narrowed = terms.Where(t => t.TryGetProperty("flexibilityLimit", out _)).ToList();
        Assert.That(narrowed, Is.Not.Empty, "the embedded market sells some offers out, which narrows their bands");
        Assert.That(terms.Except(narrowed), Is.Not.Empty, "and leaves others at the run's option");
        Assert.Multiple(() =>
        {
            Assert.That(table.Stdout, Does.Contain("Flex").And.Contain("* flexibility narrowed below the run's option"));
            foreach (var band in narrowed.Select(t => ReadableNumbers.Band(t.GetProperty("volumeFlexibility").GetDecimal()) + " *"))
            {
                Assert.That(table.Stdout, Does.Contain(band));
            }

            Assert.That(table.Stdout, Does.Contain("±10 % "), "the option's band, unstarred");
        });
    }

    [Test]
    public void The_table_names_the_policy_and_shows_the_negotiation_column()
    {
        var run = Tool.Run("match", "--pricing", "midpoint");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.Contain("Negotiation").And.Contain("midpoint, index"));
    }

    [Test]
    public void The_stable_objective_prints_the_plan_with_its_certificate_and_price_of_stability()
    {
        var run = Tool.Run("match", "--objective", "stable");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString);
        Assert.That(run.Stdout, Does.StartWith("japan-kazakhstan · objective stable · "));
        Assert.That(run.Stdout, Does.Match(@"Stable plan \(one representative year, pair-split prices\): blocking pairs checked \d+, found 0 · value [\d,]+ USD of the optimal [\d,]+ USD: price of stability \d\.\d{4}"));
        Assert.That(run.Stdout, Does.Contain("Proposals").And.Contain("erg → "));
    }

    [Test]
    public void The_stable_objective_with_core_pricing_is_refused_naming_the_setting()
    {
        var run = Tool.Run("match", "--objective", "stable", "--pricing", "core");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Stderr, Does.Contain("pricing").And.Contain("must be 'pair' when the objective is 'stable'"));
    }

    [Test]
    public void An_unknown_policy_is_a_usage_error()
    {
        var run = Tool.Run("match", "--pricing", "cheapest");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Stderr, Does.Contain("cheapest"));
    }
}
