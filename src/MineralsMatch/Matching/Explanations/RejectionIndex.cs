using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Explanations;

/// <summary>
/// A run's rejected pairs by requirement (in offer index order) and by offer (in requirement index order), the indices being
/// the ids' ordinal order. Built from the two lists candidate generation keeps, rejected and no value left, each already in
/// (requirement, offer) order: a requirement's rejections are two runs merged as they are read, and one counting sort places
/// each offer's, so one array over the rejections is made instead of a sort per side.
/// </summary>
internal sealed class RejectionIndex
{
    private readonly IReadOnlyList<PendingRejection> _rejected;
    private readonly IReadOnlyList<PendingRejection> _unscored;

    // Per requirement, where its run starts in each list (and after the last, the list's count).
    private readonly int[] _rejectedStart;
    private readonly int[] _unscoredStart;

    // The rejections by offer, each group in requirement order: x below the rejected list's count is rejected[x], else
    // unscored[x − count]; offer i's are _byOffer[_offerStart[i] … _offerStart[i + 1]).
    private readonly int[] _offerStart;
    private readonly int[] _byOffer;

    /// <summary>Indexes <paramref name="rejected"/> and <paramref name="unscored"/>, each in (requirement, offer) index order.</summary>
    /// <exception cref="InvalidOperationException">A list is not in that order.</exception>
    public RejectionIndex(IReadOnlyList<PendingRejection> rejected, IReadOnlyList<PendingRejection> unscored, int requirements, int offers)
    {
        _rejected = rejected;
        _unscored = unscored;
        _rejectedStart = Starts(rejected, requirements, nameof(rejected));
        _unscoredStart = Starts(unscored, requirements, nameof(unscored));

        _offerStart = new int[offers + 1];
        foreach (var list in (ReadOnlySpan<IReadOnlyList<PendingRejection>>)[rejected, unscored])
        {
            for (var x = 0; x < list.Count; x++)
            {
                _offerStart[list[x].OfferIndex + 1]++;
            }
        }

        for (var i = 0; i < offers; i++)
        {
            _offerStart[i + 1] += _offerStart[i];
        }

        // Requirements in order, each one's rejections in offer order: every offer's group fills in requirement order.
        _byOffer = new int[rejected.Count + unscored.Count];
        var next = _offerStart[..^1];
        for (var j = 0; j < requirements; j++)
        {
            foreach (var x in Merged(j))
            {
                _byOffer[next[Rejection(x).OfferIndex]++] = x;
            }
        }
    }

    /// <summary>The rejections of requirement <paramref name="requirement"/>, in offer order.</summary>
    public IEnumerable<PendingRejection> OfRequirement(int requirement)
    {
        foreach (var x in Merged(requirement))
        {
            yield return Rejection(x);
        }
    }

    /// <summary>The rejections of offer <paramref name="offer"/>, in requirement order.</summary>
    public IEnumerable<PendingRejection> OfOffer(int offer)
    {
        for (var at = _offerStart[offer]; at < _offerStart[offer + 1]; at++)
        {
            yield return Rejection(_byOffer[at]);
        }
    }

    private PendingRejection Rejection(int x) => x < _rejected.Count ? _rejected[x] : _unscored[x - _rejected.Count];

    // A requirement's two runs merged by offer index (one pair per offer and requirement: no ties), as combined positions.
    private IEnumerable<int> Merged(int requirement)
    {
        var (a, aEnd) = (_rejectedStart[requirement], _rejectedStart[requirement + 1]);
        var (b, bEnd) = (_unscoredStart[requirement], _unscoredStart[requirement + 1]);
        while (a < aEnd || b < bEnd)
        {
            if (b >= bEnd || (a < aEnd && _rejected[a].OfferIndex < _unscored[b].OfferIndex))
            {
                yield return a++;
            }
            else
            {
                yield return _rejected.Count + b++;
            }
        }
    }

    // Where each requirement's run starts in a list in (requirement, offer) order, checking that order.
    private static int[] Starts(IReadOnlyList<PendingRejection> list, int requirements, string name)
    {
        var start = new int[requirements + 1];
        var (previousRequirement, previousOffer) = (-1, -1);
        for (var x = 0; x < list.Count; x++)
        {
            var (j, i) = (list[x].RequirementIndex, list[x].OfferIndex);
            if (j < previousRequirement || (j == previousRequirement && i <= previousOffer))
            {
                throw new InvalidOperationException($"The {name} pairs are not in (requirement, offer) order at {x}.");
            }

            (previousRequirement, previousOffer) = (j, i);
            start[j + 1]++;
        }

        for (var j = 0; j < requirements; j++)
        {
            start[j + 1] += start[j];
        }

        return start;
    }
}
