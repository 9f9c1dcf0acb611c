using MineralsMatch.Matching;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Examples.Extensions;

/// <summary>
/// A custom candidate rule: a requirement that names a certification in its <c>certification</c> attribute
/// only accepts offers that carry the same certification in theirs.
/// </summary>
public sealed class CertificationRule : ICandidateRule
{
    /// <summary>The attribute key read on requirements and offers.</summary>
    public const string Attribute = "certification";

    /// <inheritdoc />
    public string Name => "certification";

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (!pair.Requirement.Attributes.TryGetValue(Attribute, out var needed))
        {
            return null;
        }

        if (pair.Offer.Attributes.TryGetValue(Attribute, out var held) && string.Equals(held, needed, StringComparison.Ordinal))
        {
            return null;
        }

        return new Reason(
            ReasonKind.CustomRule,
            $"offer {pair.Offer.Id} lacks certification {needed} required by {pair.Requirement.Id}" + (held is null ? string.Empty : $" (holds {held})"),
            pair.Offer.Id);
    }
}
