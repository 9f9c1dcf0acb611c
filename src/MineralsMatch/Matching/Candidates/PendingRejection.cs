namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// A rejected pair whose reason is written only when an explanation shows it: explanations keep a few detailed reasons per
/// kind, so on a large market nearly all rejection messages would be formatted for nothing.
/// </summary>
internal sealed class PendingRejection
{
    private readonly Func<Reason>? _write;
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

    /// <summary>The offer id.</summary>
    public string Offer { get; }

    /// <summary>The requirement id.</summary>
    public string Requirement { get; }

    /// <summary>The reason's kind, known without writing it.</summary>
    public ReasonKind Kind { get; }

    /// <summary>The reason, written on first read; safe to read from several threads (one written reason is kept).</summary>
    public Reason Reason => _reason ?? LazyInitializer.EnsureInitialized(ref _reason, _write!);
}
