using MineralsMatch.Examples.Extensions;
using MineralsMatch.Markets;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Minerals;

namespace MineralsMatch.Examples.Tests;

public sealed class CertificationRuleAndEsgScorerTests
{
    private static readonly Market Market = MarketScenarios.JapanKazakhstan();

    private static CandidatePair Pair(IReadOnlyDictionary<string, string> offerAttributes, IReadOnlyDictionary<string, string> requirementAttributes)
    {
        var offer = Market.Offers.Single(o => o.Id == "aok-gallium-pavlodar") with { Attributes = offerAttributes };
        var requirement = Market.Requirements.Single(r => r.Id == "hitachi-gallium") with { Attributes = requirementAttributes };
        return new CandidatePair
        {
            Offer = offer,
            Requirement = requirement,
            Product = MineralCatalog.Default.FindProduct("gallium-4n")!,
            Supplier = Market.Parties.Single(p => p.Id == offer.Producer),
            Buyer = Market.Parties.Single(p => p.Id == requirement.Buyer),
            Route = null,
            Options = MatchingOptions.Default,
        };
    }

    private static Dictionary<string, string> Attributes(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Test]
    public void A_requirement_without_a_certification_accepts_any_offer() =>
        Assert.That(new CertificationRule().Check(Pair(Attributes(), Attributes())), Is.Null);

    [Test]
    public void An_offer_with_the_required_certification_passes() =>
        Assert.That(new CertificationRule().Check(Pair(Attributes(("certification", "RMI-RMAP")), Attributes(("certification", "RMI-RMAP")))), Is.Null);

    [Test]
    public void An_offer_with_another_certification_is_rejected_naming_both()
    {
        var reason = new CertificationRule().Check(Pair(Attributes(("certification", "ISO-14001")), Attributes(("certification", "RMI-RMAP"))));

        Assert.That(reason, Is.Not.Null);
        Assert.That(reason!.Kind, Is.EqualTo(ReasonKind.CustomRule));
        Assert.That(reason.Message, Is.EqualTo("offer aok-gallium-pavlodar lacks certification RMI-RMAP required by hitachi-gallium (holds ISO-14001)"));
        Assert.That(reason.Counterpart, Is.EqualTo("aok-gallium-pavlodar"));
    }

    [Test]
    public void The_esg_premium_is_score_over_100_times_3_percent_of_the_bid()
    {
        var component = new EsgPremiumScorer().Score(Pair(Attributes(("esg-score", "50")), Attributes()));

        Assert.That(component, Is.Not.Null);
        Assert.That(component!.Name, Is.EqualTo("esg-premium"));
        Assert.That(component.UsdPerUnit, Is.EqualTo(0.5m * 0.03m * 780m));
    }

    [TestCase("")]
    [TestCase("n/a")]
    [TestCase("0")]
    public void An_offer_without_a_usable_esg_score_gets_no_premium(string score) =>
        Assert.That(new EsgPremiumScorer().Score(Pair(Attributes(("esg-score", score)), Attributes())), Is.Null);
}
