using MineralsMatch.Contracts;
using MineralsMatch.Matching;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Tests.Docs;

// snippet: custom-rule
public sealed class CertificationRule : ICandidateRule
{
    public string Name => "certification";

    public Reason? Check(CandidatePair pair)
    {
        if (!pair.Requirement.Attributes.TryGetValue("certification", out var needed))
        {
            return null;
        }

        return pair.Offer.Attributes.TryGetValue("certification", out var held) && held == needed
            ? null
            : new Reason(ReasonKind.CustomRule, $"offer {pair.Offer.Id} lacks certification {needed}", pair.Offer.Id);
    }
}
// end snippet

// snippet: custom-scorer
public sealed class LowCarbonPremiumScorer : ICandidateScorer
{
    public string Name => "low-carbon-premium";

    public ValueComponent? Score(CandidatePair pair) =>
        pair.Offer.Attributes.TryGetValue("power", out var power) && power == "renewable"
            ? new ValueComponent(Name, 0.02m * pair.BidPerUnit, "2 % of the bid for renewable-powered output")
            : null;
}
// end snippet
