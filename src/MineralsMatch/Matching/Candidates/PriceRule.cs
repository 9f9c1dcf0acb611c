using System.Globalization;
using MineralsMatch.Minerals;

namespace MineralsMatch.Matching.Candidates;

/// <summary>The ask plus logistics on the picked route (the landed cost) must not exceed the bid.</summary>
public sealed class PriceRule : ICandidateRule, IDeferredRule
{
    /// <inheritdoc />
    public string Name => "price";

    /// <inheritdoc />
    public Reason? Check(CandidatePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Route is not { } route || pair.LandedCostPerUnit <= pair.BidPerUnit)
        {
            return null;
        }

        var unit = pair.Product.PricingUnit.Symbol();
        return new Reason(
            ReasonKind.PriceGap,
            string.Create(
                CultureInfo.InvariantCulture,
                $"landed cost {pair.LandedCostPerUnit:0.##} USD/{unit} (ask {pair.AskPerUnit:0.##} + logistics {route.LogisticsPerUnit:0.##} via {route.Route.Id}) exceeds the bid {pair.BidPerUnit:0.##} USD/{unit} by {pair.LandedCostPerUnit - pair.BidPerUnit:0.##}"),
            pair.Offer.Id);
    }

    /// <inheritdoc />
    ReasonKind? IDeferredRule.Fails(in PairView pair, in PairFigures figures) =>
        pair.Route is null || figures.Landed(pair) <= figures.Bid ? null : ReasonKind.PriceGap;
}
