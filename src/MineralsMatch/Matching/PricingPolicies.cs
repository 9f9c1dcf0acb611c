namespace MineralsMatch.Matching;

/// <summary>Stable names of <see cref="PricingPolicy"/> values, as written to files, reports and the command line.</summary>
internal static class PricingPolicies
{
    /// <summary>The kebab-case name: <c>pair</c>, <c>core</c>, <c>seller-optimal</c>, <c>buyer-optimal</c> or <c>midpoint</c>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The name.</returns>
    public static string Name(PricingPolicy policy) => JsonEnum<PricingPolicy>.Default.Name(policy);

    /// <summary>Parses a kebab-case name.</summary>
    /// <param name="name">The name, e.g. <c>seller-optimal</c>.</param>
    /// <param name="policy">The policy when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string name, out PricingPolicy policy) => JsonEnum<PricingPolicy>.Default.TryParse(name, out policy);
}
