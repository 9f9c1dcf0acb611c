namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A rejected pair whose reason is written only when an explanation shows it: explanations keep a few detailed reasons per
/// kind, so on a large market nearly all rejection messages would be formatted for nothing.
/// </summary>
/// <remarks>
/// A struct of 32 bytes: the offer's and the requirement's index, the built-in rule that failed and the run's shared
/// <see cref="RejectionSource"/>, from which the pair is built again when its reason is read. As an object with its own
/// references it took about 100 bytes per rejected pair, kept to the end of the run. The reason is not kept once written:
/// an explanation reads each rejection's at most once per side.
/// </remarks>
internal readonly struct PendingRejection
{
    private readonly RejectionSource _source;

    // The reason already written (a rule from outside), or the function that writes it; null when a built-in rule writes it.
    private readonly object? _written;
    private readonly int _offer;
    private readonly int _requirement;
    private readonly int _rule;
    private readonly ReasonKind _kind;

    /// <summary>A rejection with its reason already written.</summary>
    /// <param name="source">The run's shared source.</param>
    /// <param name="offer">The offer's index in the run.</param>
    /// <param name="requirement">The requirement's index in the run.</param>
    /// <param name="reason">Why.</param>
    public PendingRejection(RejectionSource source, int offer, int requirement, Reason reason)
        : this(source, offer, requirement, -1, reason.Kind, reason)
    {
    }

    /// <summary>A rejection whose reason <paramref name="write"/> writes when read; it must be of kind <paramref name="kind"/>.</summary>
    /// <param name="source">The run's shared source.</param>
    /// <param name="offer">The offer's index in the run.</param>
    /// <param name="requirement">The requirement's index in the run.</param>
    /// <param name="kind">The reason's kind.</param>
    /// <param name="write">Writes the reason.</param>
    public PendingRejection(RejectionSource source, int offer, int requirement, ReasonKind kind, Func<Reason> write)
        : this(source, offer, requirement, -1, kind, write)
    {
    }

    /// <summary>
    /// A rejection whose reason is written when read from the pair built again: the built-in rule's reason, or with no rule
    /// (<paramref name="rule"/> -1) the reason of a pair with no value left.
    /// </summary>
    /// <param name="source">The run's shared source.</param>
    /// <param name="offer">The offer's index in the run.</param>
    /// <param name="requirement">The requirement's index in the run.</param>
    /// <param name="rule">The index of the generator's rule that failed, or -1 for a pair with no value left.</param>
    /// <param name="kind">The reason's kind.</param>
    public PendingRejection(RejectionSource source, int offer, int requirement, int rule, ReasonKind kind)
        : this(source, offer, requirement, rule, kind, null)
    {
    }

    private PendingRejection(RejectionSource source, int offer, int requirement, int rule, ReasonKind kind, object? written)
    {
        _source = source;
        _offer = offer;
        _requirement = requirement;
        _rule = rule;
        _kind = kind;
        _written = written;
    }

    /// <summary>The offer id.</summary>
    public string Offer => _source.Context.Offers[_offer].Id;

    /// <summary>The requirement id.</summary>
    public string Requirement => _source.Context.Requirements[_requirement].Id;

    /// <summary>The offer's index in the run's offers.</summary>
    public int OfferIndex => _offer;

    /// <summary>The requirement's index in the run's requirements.</summary>
    public int RequirementIndex => _requirement;

    /// <summary>The reason's kind, known without writing it.</summary>
    public ReasonKind Kind => _kind;

    /// <summary>The reason, written each time it is read (the same reason every time).</summary>
    public Reason Reason => _written switch
    {
        Reason reason => reason,
        Func<Reason> write => write(),
        _ => _source.Generator.Reason(_source, _offer, _requirement, _rule),
    };
}
