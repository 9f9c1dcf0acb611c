namespace MineralsMatch.Matching.Candidates;

/// <summary>Decides whether an offer may supply a requirement; a failing rule says why.</summary>
/// <remarks>
/// Rules run in registration order after the built-in ones; the first failure is kept as the pair's
/// rejection reason. Register a custom rule with <c>services.AddMineralsMatch(b => b.AddRule(new MyRule()))</c>.
/// </remarks>
/// <example>
/// <code>
/// public sealed class CertificationRule : ICandidateRule
/// {
///     public string Name => "certification";
///     public Reason? Check(CandidatePair pair) =>
///         pair.Requirement.Attributes.TryGetValue("certification", out var needed)
///         &amp;&amp; !(pair.Offer.Attributes.TryGetValue("certification", out var has) &amp;&amp; has == needed)
///             ? new Reason(ReasonKind.CustomRule, $"needs certification {needed}", pair.Offer.Id)
///             : null;
/// }
/// </code>
/// </example>
public interface ICandidateRule
{
    /// <summary>A short stable name, used in explanations.</summary>
    string Name { get; }

    /// <summary>Judges a pair.</summary>
    /// <param name="pair">The pair, with its route when one is allowed.</param>
    /// <returns><see langword="null"/> when the pair passes; otherwise the reason it fails.</returns>
    Reason? Check(CandidatePair pair);
}
