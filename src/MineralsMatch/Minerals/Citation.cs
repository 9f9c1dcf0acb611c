namespace MineralsMatch.Minerals;

/// <summary>A reference from a fact to the <see cref="Source"/> that supports it.</summary>
/// <remarks>
/// <see cref="Inferred"/> is <see langword="true"/> where the fact is a reading of the source (a classification
/// or an estimate) rather than something the source states.
/// </remarks>
public sealed record Citation
{
    /// <summary>The key of the cited <see cref="Source"/>, e.g. <c>USGS-KZ-2015</c>.</summary>
    public required string Source { get; init; }

    /// <summary>What the source supports, in a few words (e.g. <c>KZ production status</c>).</summary>
    public required string Supports { get; init; }

    /// <summary>Whether the fact is inferred from, rather than stated by, the source.</summary>
    public bool Inferred { get; init; }
}
