namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A rejected pair whose reason is written only when an explanation shows it: explanations keep a few detailed reasons per
/// kind, so on a large market nearly all rejection messages would be formatted for nothing.
/// </summary>
/// <remarks>
/// Read back from a <see cref="RejectionRecord"/> (16 bytes per rejected pair, kept to the end of the run) with the run's shared
/// <see cref="RejectionSource"/>, from which the pair is built again when its reason is read. The reason is not kept once
/// written: an explanation reads each rejection's at most once per side.
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

    /// <summary>A kept rejection read back with the run's source and, when its reason was written up front, that reason.</summary>
    /// <param name="source">The run's shared source.</param>
    /// <param name="record">The kept rejection.</param>
    /// <param name="written">The reason (a <see cref="Matching.Reason"/>) or the function that writes it, when given up front.</param>
    public PendingRejection(RejectionSource source, in RejectionRecord record, object? written)
    {
        _source = source;
        _offer = record.Offer;
        _requirement = record.Requirement;
        _rule = record.Rule;
        _kind = record.Kind;
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
