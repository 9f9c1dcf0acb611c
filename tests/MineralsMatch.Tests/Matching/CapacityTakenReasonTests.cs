using System.Globalization;
using System.Text.RegularExpressions;
using MineralsMatch.Matching;

namespace MineralsMatch.Tests.Matching;

/// <summary>A capacity-taken reason names the offer's shadow price as such, and says one more unit would come here only when it would.</summary>
public sealed partial class CapacityTakenReasonTests
{
    [Test]
    public void One_more_unit_comes_here_only_when_the_pairing_is_worth_the_offers_shadow_price()
    {
        // In the embedded market AOK's gallium is sold out: JOGMEC's pairing is its marginal use, Hitachi's and Mitsui's are worth less.
        var result = MatchingEngine.Create().Match(MarketScenarios.JapanKazakhstan(), MarketScenarios.JapanKazakhstanScenario().Options!);
        var reasons = result.Requirements.SelectMany(r => r.Reasons).Where(r => r.Kind == ReasonKind.CapacityTaken).Select(r => r.Message).ToList();

        Assert.That(reasons, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var message in reasons)
            {
                var value = Number(PairingValue().Match(message));
                var comesHere = ComesHere().Match(message);
                var elsewhere = Elsewhere().Match(message);
                Assert.That(comesHere.Success ^ elsewhere.Success, Is.True, message);
                if (comesHere.Success)
                {
                    Assert.That(value, Is.GreaterThanOrEqualTo(Number(comesHere)), message);
                }
                else
                {
                    Assert.That(value, Is.LessThan(Number(elsewhere)), message);
                }
            }
        });
        Assert.That(reasons.Count(m => Elsewhere().IsMatch(m)), Is.GreaterThan(0), "Hitachi's and Mitsui's pairings are worth less than the marginal use");
    }

    private static decimal Number(Match match) => decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"this pairing would create ([0-9.]+) USD")]
    private static partial Regex PairingValue();

    [GeneratedRegex(@"would come here \(the offer's shadow price: ([0-9.]+) USD")]
    private static partial Regex ComesHere();

    [GeneratedRegex(@"is worth ([0-9.]+) USD/[a-z]+ elsewhere \(the offer's shadow price, not this requirement's\)")]
    private static partial Regex Elsewhere();
}
