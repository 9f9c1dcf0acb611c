namespace MineralsMatch.Collections;

/// <summary>Decimal helpers for canonical output.</summary>
internal static class Decimals
{
    /// <summary>The same value with trailing zeros removed (1000.000 → 1000), so computed numbers print canonically.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
