using System.Collections;
using MineralsMatch.Logistics;
using MineralsMatch.Markets;
using MineralsMatch.Matching.Candidates;

namespace MineralsMatch.Matching.Scoring;

/// <summary>
/// A run's scored candidates as struct arrays (<see cref="PairColumns"/>), read by index; a <see cref="ScoredCandidate"/> record is
/// built only for a candidate a stage asks for by <see cref="this[int]"/> (one that is allocated, priced or named by an
/// explanation), and built once. When rules or scorers from outside ran, every record is kept as they saw it.
/// </summary>
/// <remarks>
/// A record built later is the one generation built: the pair comes from the same offer, requirement and route table, and the
/// built-in scorers are pure. A <see cref="Subset"/> is a view on the same candidates (and the same built records). Not
/// thread-safe: the stages after planning read it on one thread.
/// </remarks>
internal sealed class ScoredCandidates : IReadOnlyList<ScoredCandidate>
{
    private readonly Store _store;
    private readonly int[]? _index;

    /// <summary>The first <paramref name="count"/> of <paramref name="pairs"/> (the array may be longer: room left by pairs that did not pass).</summary>
    public ScoredCandidates(MatchingContext context, CandidateScoring scoring, OfferRoutes[] routes, PairColumns pairs, int count, ScoredCandidate[]? records)
        : this(new Store(context, scoring, routes, pairs, count, records), null)
    {
    }

    private ScoredCandidates(Store store, int[]? index)
    {
        _store = store;
        _index = index;
    }

    /// <inheritdoc />
    public int Count => _index?.Length ?? _store.Count;

    /// <summary>The candidate's record, built on first use.</summary>
    public ScoredCandidate this[int index] => _store.Record(Base(index));

    /// <summary>The candidate's compact figures.</summary>
    public ScoredPair Pair(int index) => _store.Pairs[Base(index)];

    /// <summary>
    /// The candidates' compact figures as columns indexed like this list, their first <see cref="Count"/> entries: the run's own
    /// (not a copy, and maybe longer) when this is the whole run, a copy for a view.
    /// </summary>
    public PairColumns Pairs() => _index is null ? _store.Pairs : _store.Pairs.Select(_index);

    /// <summary>The candidate's picked route, or <see langword="null"/>.</summary>
    public RouteChoice? Route(int index)
    {
        var pair = Pair(index);
        return _store.Routes[pair.Offer].Choice(_store.Destination(pair.Requirement), pair.RouteIndex);
    }

    /// <summary>The candidate's offer.</summary>
    public SupplyOffer Offer(int index) => _store.Context.Offers[Pair(index).Offer];

    /// <summary>The candidate's requirement.</summary>
    public Requirement Requirement(int index) => _store.Context.Requirements[Pair(index).Requirement];

    /// <summary>The candidate's index among all the run's scored candidates (the planning links).</summary>
    public int IndexInRun(int index) => Base(index);

    /// <summary>
    /// The candidates at <paramref name="indices"/> (of this list), in that order, as a view that keeps the array when this is the
    /// whole run (the caller gives it up and must not change it).
    /// </summary>
    public ScoredCandidates SubsetTaking(int[] indices) => _index is null ? new ScoredCandidates(_store, indices) : Subset(indices);

    /// <summary>The candidates at <paramref name="indices"/> (of this list), in that order, as a view.</summary>
    public ScoredCandidates Subset(IReadOnlyList<int> indices)
    {
        var index = new int[indices.Count];
        for (var k = 0; k < index.Length; k++)
        {
            index[k] = Base(indices[k]);
        }

        return new ScoredCandidates(_store, index);
    }

    /// <inheritdoc />
    public IEnumerator<ScoredCandidate> GetEnumerator()
    {
        for (var k = 0; k < Count; k++)
        {
            yield return this[k];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Base(int index) => _index is null ? index : _index[index];

    private sealed class Store(MatchingContext context, CandidateScoring scoring, OfferRoutes[] routes, PairColumns pairs, int count, ScoredCandidate[]? records)
    {
        private readonly Dictionary<int, ScoredCandidate> _built = [];

        // Per requirement, its destination hub's number (the route tables' index), looked up on first use.
        private int[]? _destinations;

        public MatchingContext Context => context;

        public OfferRoutes[] Routes => routes;

        public PairColumns Pairs => pairs;

        public int Count => count;

        public int Destination(int requirement)
        {
            var destinations = _destinations ?? LazyInitializer.EnsureInitialized(ref _destinations, () => [.. context.Requirements.Select(r => context.Routes.DestinationIndex(r.DestinationHub))]);
            return destinations[requirement];
        }

        public ScoredCandidate Record(int k)
        {
            if (records is not null)
            {
                return records[k];
            }

            // Explanations of requirements and of offers may ask for records from two threads at once.
            lock (_built)
            {
                if (!_built.TryGetValue(k, out var record))
                {
                    var link = pairs.Links[k];
                    var pair = CandidateGenerator.Pair(context, routes[link.Supply], context.Requirements[link.Demand]);
                    _built[k] = record = scoring.Score(pair, PairFigures.Of(pair));
                }

                return record;
            }
        }
    }
}
