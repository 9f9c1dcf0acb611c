using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>A premium for strategic demand: priority × premium per level × bid.</summary>
public sealed class StrategicPriorityScorer : ICandidateScorer
{
    private static readonly string[] Explanations =
        [.. Enumerable.Range(0, 11).Select(p => string.Create(CultureInfo.InvariantCulture, $"priority {p} × premium per level × bid"))];

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
                Explanations[Math.Clamp(pair.Requirement.Priority, 0, 10)]);
    }
}
