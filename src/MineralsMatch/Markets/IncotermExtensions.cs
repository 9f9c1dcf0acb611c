namespace MineralsMatch.Markets;

/// <summary>Which side of the journey an <see cref="Incoterm"/> prices at.</summary>
public static class IncotermExtensions
{
    /// <summary>Whether the seller pays the main carriage (the price is quoted at the destination).</summary>
    /// <param name="incoterm">The term.</param>
    /// <returns><see langword="true"/> for CPT, CIP, CFR, CIF, DAP and DDP.</returns>
    public static bool SellerPaysCarriage(this Incoterm incoterm) => incoterm >= Incoterm.Cpt;

    /// <summary>The upper-case code, e.g. <c>FCA</c>.</summary>
    /// <param name="incoterm">The term.</param>
    /// <returns>The code.</returns>
    public static string Code(this Incoterm incoterm) => incoterm.ToString().ToUpperInvariant();
}
