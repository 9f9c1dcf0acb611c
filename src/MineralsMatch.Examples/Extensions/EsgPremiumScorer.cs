using System.Globalization;
using MineralsMatch.Contracts;
using MineralsMatch.Matching.Candidates;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Examples.Extensions;

/// <summary>
/// A custom scorer: an ESG premium for offers with an audited ESG score (0 to 100) in their <c>esg-score</c>
/// attribute, worth score / 100 × <see cref="PremiumAtFullScore"/> × the buyer's bid per unit.
/// </summary>
public sealed class EsgPremiumScorer : ICandidateScorer
{
    /// <summary>The attribute key read on offers.</summary>
    public const string Attribute = "esg-score";

    /// <summary>The premium, as a fraction of the bid, that a score of 100 earns.</summary>
    public const decimal PremiumAtFullScore = 0.03m;

    /// <inheritdoc />
    public string Name => "esg-premium";

    /// <inheritdoc />
    public ValueComponent? Score(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (!pair.Offer.Attributes.TryGetValue(Attribute, out var text)
            || !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var score)
            || score <= 0m)
        {
            return null;
        }

        var premium = decimal.Round(Math.Min(score, 100m) / 100m * PremiumAtFullScore * pair.BidPerUnit, 6);
        return new ValueComponent(
            Name,
            premium,
            string.Create(CultureInfo.InvariantCulture, $"ESG score {score:0.#} / 100 × {PremiumAtFullScore:0.##} × bid"));
    }
}
