using MineralsMatch.Markets;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching;

/// <summary>Validates what enters the engine: the options, the market against the catalog, and both together against the allocation's arithmetic limits.</summary>
internal static class MatchingInput
{
    public static void ThrowIfInvalid(Market market, MatchingOptions options, IMineralCatalog catalog, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        MatchingOptionsValidation.ThrowIfInvalid(options);
        var errors = Validation.MarketValidation.Validate(market, catalog, cancellationToken);
        if (errors.Count > 0)
        {
            throw new MineralsMatchValidationException(errors);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var limits = MatchingLimits.Check(market, options, catalog, null);
        cancellationToken.ThrowIfCancellationRequested();
        if (limits.Count > 0)
        {
            throw new MineralsMatchValidationException(limits);
        }
    }
}
