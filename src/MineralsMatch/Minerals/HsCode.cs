namespace MineralsMatch.Minerals;

/// <summary>A six-digit Harmonized System (HS 2022) subheading, written <c>NNNN.NN</c>.</summary>
public sealed record HsCode
{
    /// <summary>The subheading, e.g. <c>8112.92</c>.</summary>
    public required string Code { get; init; }

    /// <summary>A short description of the subheading.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the code was confirmed against the HS 2022 nomenclature; <see langword="false"/> means unverified.</summary>
    public bool Confirmed { get; init; }
}
