namespace MineralsMatch.Matching;

/// <summary>A typed reason with its explanation, optionally naming the other side of the pairing.</summary>
/// <param name="Kind">The kind of reason.</param>
/// <param name="Message">The explanation in words.</param>
/// <param name="Counterpart">The offer or requirement id on the other side, when the reason concerns one pairing.</param>
public sealed record Reason(ReasonKind Kind, string Message, string? Counterpart = null)
{
    /// <summary>The id of the trade measure behind the reason, when a measure is (e.g. <c>cn-mofcom-1-2026-jp-military</c>).</summary>
    public string? Measure { get; init; }
}
