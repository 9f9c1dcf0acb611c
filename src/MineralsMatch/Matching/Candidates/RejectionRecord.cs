namespace MineralsMatch.Matching.Candidates;

/// <summary>
/// How a rejected pair is kept until an explanation reads it: 16 bytes, the run's source and any reason written up front kept
/// once per run or chunk by the <see cref="RejectionList"/> that holds it.
/// </summary>
/// <param name="Offer">The offer's index in the run.</param>
/// <param name="Requirement">The requirement's index in the run.</param>
/// <param name="Rule">
/// The built-in rule that failed (0 or more); -1 for a pair with no value left; −2 − <c>w</c> for a reason written up front, the
/// <c>w</c>-th of its chunk.
/// </param>
/// <param name="Kind">The reason's kind.</param>
internal readonly record struct RejectionRecord(int Offer, int Requirement, int Rule, ReasonKind Kind)
{
    /// <summary>The first <see cref="Rule"/> value that stands for a reason written up front.</summary>
    public const int FirstWritten = -2;

    /// <summary>Where the reason written up front is among its chunk's, or -1 when it is written when read.</summary>
    public int Written => Rule <= FirstWritten ? FirstWritten - Rule : -1;
}
