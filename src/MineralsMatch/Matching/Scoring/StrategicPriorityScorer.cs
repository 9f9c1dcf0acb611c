using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>A premium for strategic demand: priority × premium per level × bid.</summary>
public sealed class StrategicPriorityScorer : ICandidateScorer
{
    /// <inheritdoc />
    public string Name => "strategic-priority";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var premium = pair.Requirement.Priority * pair.Options.PriorityPremiumPerLevel * pair.BidPerUnit;
        return premium == 0m
            ? null
            : new ValueComponent(
                Name,
                decimal.Round(premium, 6),
                string.Create(CultureInfo.InvariantCulture, $"priority {pair.Requirement.Priority} × {pair.Options.PriorityPremiumPerLevel:0.####} × bid"));
    }
}
