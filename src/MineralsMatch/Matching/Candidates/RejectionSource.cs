namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// What every rejected pair of one run writes its reason from, shared by all of them: the generator that built the pairs, the
/// run, and the offers' route tables (by offer index).
/// </summary>
/// <param name="Generator">The generator that built the pairs (and builds one again for its reason).</param>
/// <param name="Context">The run.</param>
/// <param name="Routes">Per offer index, the offer with its route table.</param>
internal sealed record RejectionSource(CandidateGenerator Generator, MatchingContext Context, OfferRoutes[] Routes);
