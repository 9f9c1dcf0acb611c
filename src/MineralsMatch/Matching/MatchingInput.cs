using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>Validates what enters the engine: the options and the market against the catalog.</summary>
internal static class MatchingInput
{
    public static void ThrowIfInvalid(Market market, MatchingOptions options, IMineralCatalog catalog)
    {
        Validation.MatchingOptionsValidation.ThrowIfInvalid(options);
        Validation.MarketValidation.ThrowIfInvalid(market, catalog);
    }
}
