using MineralsMatch.Markets;
using MineralsMatch.Matching.Scoring;

namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A rejected pair whose reason is written only when an explanation shows it: explanations keep a few detailed reasons per
/// kind, so on a large market nearly all rejection messages would be formatted for nothing.
/// </summary>
/// <remarks>
/// A pair a built-in rule rejects, or with no value left, keeps what builds it again (its generator, the run, the offer's routes
/// and the requirement) in fields of its own rather than in a closure: a delegate and its closure took about 110 bytes more per
/// rejected pair, kept to the end of the run.
/// </remarks>
internal sealed class PendingRejection
{
    private readonly Func<Reason>? _write;
    private readonly CandidateGenerator? _generator;
    private readonly MatchingContext? _context;
    private readonly OfferRoutes? _routes;
    private readonly Requirement? _pairRequirement;
    private readonly ICandidateRule? _rule;
    private Reason? _reason;

    /// <summary>A rejection with its reason already written.</summary>
    /// <param name="offer">The offer id.</param>
    /// <param name="requirement">The requirement id.</param>
    /// <param name="reason">Why.</param>
    public PendingRejection(string offer, string requirement, Reason reason)
    {
        Offer = offer;
        Requirement = requirement;
        Kind = reason.Kind;
        _reason = reason;
    }

    /// <summary>A rejection whose reason <paramref name="write"/> writes when first read; it must be of kind <paramref name="kind"/>.</summary>
    /// <param name="offer">The offer id.</param>
    /// <param name="requirement">The requirement id.</param>
    /// <param name="kind">The reason's kind.</param>
    /// <param name="write">Writes the reason.</param>
    public PendingRejection(string offer, string requirement, ReasonKind kind, Func<Reason> write)
    {
        Offer = offer;
        Requirement = requirement;
        Kind = kind;
        _write = write;
    }

    /// <summary>
    /// A rejection whose reason is written when first read from the pair built again: <paramref name="rule"/>'s reason, or with
    /// no rule the reason of a pair with no value left.
    /// </summary>
    /// <param name="generator">The generator that built the pair (and scores it again).</param>
    /// <param name="context">The run.</param>
    /// <param name="routes">The offer with its route table.</param>
    /// <param name="requirement">The requirement.</param>
    /// <param name="rule">The built-in rule that failed, or <see langword="null"/> for a pair with no value left.</param>
    /// <param name="kind">The reason's kind.</param>
    public PendingRejection(CandidateGenerator generator, MatchingContext context, OfferRoutes routes, Requirement requirement, ICandidateRule? rule, ReasonKind kind)
    {
        Offer = routes.Offer.Id;
        Requirement = requirement.Id;
        Kind = kind;
        _generator = generator;
        _context = context;
        _routes = routes;
        _pairRequirement = requirement;
        _rule = rule;
    }

    /// <summary>The offer id.</summary>
    public string Offer { get; }

    /// <summary>The requirement id.</summary>
    public string Requirement { get; }

    /// <summary>The reason's kind, known without writing it.</summary>
    public ReasonKind Kind { get; }

    /// <summary>The reason, written on first read; safe to read from several threads (one written reason is kept).</summary>
    public Reason Reason => _reason ?? LazyInitializer.EnsureInitialized(ref _reason, Write);

    private Reason Write() =>
        _write is { } write ? write()
        : _rule is { } rule ? rule.Check(CandidateGenerator.Pair(_context!, _routes!, _pairRequirement!))!
        : CandidateScoring.NoValue(_generator!.Score(_context!, _routes!, _pairRequirement!));
}
