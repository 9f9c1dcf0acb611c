namespace MineralsMatch.Matching.Candidates;

/// <summary>A pair that a rule rejected, with the rule's reason.</summary>
/// <param name="Offer">The offer id.</param>
/// <param name="Requirement">The requirement id.</param>
/// <param name="Rule">The rule's name.</param>
/// <param name="Reason">Why.</param>
public sealed record CandidateRejection(string Offer, string Requirement, string Rule, Reason Reason);
